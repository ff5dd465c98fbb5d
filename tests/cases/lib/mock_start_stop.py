# patch/patch.dict start() and stop(): stop() of a patch never started returns None, stopall undoes what start() did.
from unittest import mock
import os
p = mock.patch('os.getcwd', return_value='X')
print(p.stop())
m = p.start(); print(os.getcwd()); p.stop(); print(os.getcwd() != 'X')
d = {'a': 1}
pd = mock.patch.dict(d, {'b': 2}); pd.start(); print(d); pd.stop(); print(d, pd.stop())
q = mock.patch.object(os, 'sep', '!'); q.start(); mock.patch.stopall(); print(os.sep)
