import _badindent
