# json.decoder / json.encoder: the submodules and their classes, imported either way.
import json.decoder
print(json.decoder.JSONDecodeError, json.dumps(1))
from json.encoder import JSONEncoder
print(JSONEncoder)
import json
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder)
import json.decoder
from json.decoder import JSONDecodeError, JSONDecoder
from json.encoder import JSONEncoder
print(JSONDecodeError.__module__, JSONDecodeError.__name__, json.decoder.__name__)
try:
    json.loads("[1,")
except json.decoder.JSONDecodeError as e:
    print(type(e).__module__, e.msg, e.pos)
print(JSONDecoder().decode("[1, 2]"), JSONEncoder().encode({"a": 1}))
