print("pkg.inner init", __package__)
from .. import sub as parent_sub
