from _helper import bump, no_such_name
