# Literal types: flattened, without repeats of the same value and type; equal
# regardless of order; cached per value and type (Literal[0] is not Literal[False]).
# typing.List[int] is typing.List[int]; aliases pickle as themselves.
import typing
from typing import Literal
print(Literal[0] | Literal[False], (Literal[0] | Literal[False]).__args__)
print(Literal[1, 1, True], Literal[Literal[1, 2], 3], Literal[0] == Literal[False], Literal[1, 2] == Literal[2, 1])
print(Literal[0] is Literal[0], Literal[0] is Literal[False], typing.GenericAlias)
print(Literal[[1]])
import pickle
from typing import List, Dict, Callable, Optional, Annotated, AbstractSet, Any
print(List[int] is List[int], Dict[str, int] is Dict[str, int])
for alias in [List, AbstractSet[Any], Optional[int], Callable[[int], str], Annotated[int, 'x'],
              Literal[1, 'a'], Callable[..., int]]:
    loaded = pickle.loads(pickle.dumps(alias))
    print(alias, loaded == alias, loaded is alias, alias.__name__)
