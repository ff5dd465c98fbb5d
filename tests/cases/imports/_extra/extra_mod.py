NAME = "from _extra"
