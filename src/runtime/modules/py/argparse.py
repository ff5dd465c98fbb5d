"""mempy's `argparse` module, standing in for CPython's `argparse`.

It owns command-line parsing with the same observable results as python3:
help and usage text laid out column for column, the same error messages and
exit status 2, the same Namespace/Action reprs.

Public surface: ArgumentParser (prog, usage, description, epilog, parents,
formatter_class, prefix_chars, argument_default, conflict_handler ('error' or
'resolve'), add_help, allow_abbrev, exit_on_error; add_argument,
add_argument_group, add_mutually_exclusive_group, add_subparsers/add_parser,
set_defaults, get_default, register, parse_args, parse_known_args,
format_usage, format_help, print_usage, print_help, error, exit); the actions
store, store_const, store_true, store_false, append, append_const, extend,
count, help, version, parsers and BooleanOptionalAction; nargs None, '?',
'*', '+', N, REMAINDER; Namespace, ArgumentError, ArgumentTypeError,
FileType, the four help formatters and the SUPPRESS/OPTIONAL/... constants.
The help width follows $COLUMNS when it is set, else 80.

parse_intermixed_args, parse_known_intermixed_args, fromfile_prefix_chars
(@file arguments, one word per line, convert_arg_line_to_args) and
MetavarTypeHelpFormatter are provided too. Not provided: message translation.

How parsing works here: every command-line word is classified as 'O' (an
option this parser knows or might know), 'A' (a plain argument) or '-' (the
'--' marker); the resulting letter string is then matched against what each
action's nargs accepts (see _nargs_elements / _match_groups), with the same
greedy-then-backtrack outcome a regular expression would give.
"""

import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
           'BooleanOptionalAction', 'FileType', 'HelpFormatter',
           'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action', 'ONE_OR_MORE',
           'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

# Public markers (their values are part of the documented interface).
SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# Where a subparser leaves the words it did not use, for the parent to collect.
_LEFTOVER_KEY = '_unrecognized_args'


# ================================================================ small helpers

class _AttributeHolder:
    """Gives a class the repr `Name(arg, ..., key=value, ...)`."""

    def __repr__(self):
        pieces = [repr(a) for a in self._get_args()]
        awkward = {}
        for key, val in self._get_kwargs():
            if isinstance(key, str) and key.isidentifier():
                pieces.append('%s=%r' % (key, val))
            else:
                awkward[key] = val
        if awkward:
            pieces.append('**' + repr(awkward))
        return type(self).__name__ + '(' + ', '.join(pieces) + ')'

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


def _fresh_list(current):
    """A list to append to, copied so that a shared default is never mutated."""
    if current is None:
        return []
    if type(current) is list:
        return list(current)
    import copy
    return copy.copy(current)


_ASCII_SPACE = ' \t\n\r\x0b\x0c'


def _one_line(text):
    # Only ASCII whitespace separates words: a no-break space holds its neighbours
    # together.
    for c in _ASCII_SPACE[1:]:
        text = text.replace(c, ' ')
    return ' '.join(w for w in text.split(' ') if w)


def _columns():
    try:
        import os
        return int(os.environ['COLUMNS'])
    except Exception:
        return 80


def _usage_parts(text):
    """Splits a usage string into its top-level parts: bracketed groups that end
    at a space (or the end) and other non-space runs."""
    parts = []
    i = 0
    n = len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        c = text[i]
        found = -1
        if c in '([':
            close = ')' if c == '(' else ']'
            j = i + 1
            while j < n and text[j] != '\n':
                if text[j] == close:
                    k = j
                    while k < n and text[k] == close:
                        k += 1
                    if k == n or text[k].isspace():
                        found = k
                        break
                j += 1
        if found < 0:
            found = i
            while found < n and not text[found].isspace():
                found += 1
        parts.append(text[i:found])
        i = found
    return parts


def _tidy_brackets(text):
    # "[ x" -> "[x", "x ]" -> "x]", and drop empty "[]" / "()" pairs.
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c in '[(' and i + 1 < len(text) and text[i + 1] == ' ':
            out.append(c)
            i += 2
            continue
        out.append(c)
        i += 1
    text = ''.join(out)
    out = []
    for i, c in enumerate(text):
        if c == ' ' and i + 1 < len(text) and text[i + 1] in '])':
            continue
        out.append(c)
    text = ''.join(out)
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c in '[(':
            j = i + 1
            while j < len(text) and text[j] == ' ':
                j += 1
            if j < len(text) and text[j] in '])':
                i = j + 1
                continue
        out.append(c)
        i += 1
    return ''.join(out).strip()


def _fill_lines(parts, width, indent, lead=None):
    """Greedy word wrap of usage parts.  Lines after the first start with
    `indent`; the first starts with `indent` too unless `lead` (the text that
    will precede it) is given, in which case its room is measured after lead."""
    rows = []
    row = []
    used = len(lead if lead is not None else indent) - 1
    for part in parts:
        if row and used + 1 + len(part) > width:
            rows.append(row)
            row = []
            used = len(indent) - 1
        row.append(part)
        used += 1 + len(part)
    if row:
        rows.append(row)
    lines = [indent + ' '.join(r) for r in rows]
    if lead is not None and lines:
        lines[0] = lines[0][len(indent):]
    return lines


# ================================================================ help layout

class _Section:
    """A titled block of help; entries are (renderer, argument) pairs kept
    until the whole help is known, so column widths can be settled first."""

    def __init__(self, parent, heading):
        self.parent = parent
        self.heading = heading
        self.entries = []


class HelpFormatter:
    """Produces usage and help text.  Only the method names are an interface;
    the layout is python3's default one."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _columns() - 2
        self._prog, self._width = prog, width
        self._indent_increment = step = indent_increment
        # The help column: as asked, but leaving at least 20 columns for the help
        # text and never left of two indentation steps.
        self._max_help_position = min(max_help_position, max(width - 20, 2 * step))
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._top = _Section(None, None)
        self._open = self._top

    # -- nesting
    def _indent(self):
        self._shift(1)

    def _dedent(self):
        self._shift(-1)

    def _shift(self, levels):
        self._level += levels
        self._current_indent = self._level * self._indent_increment

    # -- collecting
    def start_section(self, heading):
        self._indent()
        child = _Section(self._open, heading)
        self._open.entries.append((self._render_section, child))
        self._open = child

    def end_section(self):
        self._open = self._open.parent
        self._dedent()

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._open.entries.append((self._format_text, text))

    def add_usage(self, usage, actions, groups,
                  prefix=None):
        if usage is SUPPRESS:
            return
        self._open.entries.append(
            (self._render_usage, (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widest = len(self._format_action_invocation(action))
        for sub in self._iter_indented_subactions(action):
            widest = max(widest, len(self._format_action_invocation(sub)))
        # Measured at the action's own indentation, sub-actions included.
        widest += self._current_indent
        if widest > self._action_max_length:
            self._action_max_length = widest
        self._open.entries.append((self._format_action, action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def _add_item(self, func, args):
        # For formatter subclasses that add their own kind of entry.
        self._open.entries.append((lambda _: func(*args), None))

    # -- rendering
    def format_help(self):
        text = self._render_entries(self._top)
        if not text:
            return text
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text.strip('\n') + '\n'

    def _render_entries(self, section):
        out = []
        for render, arg in section.entries:
            piece = render(arg)
            if piece and piece is not SUPPRESS:
                out.append(piece)
        return ''.join(out)

    def _render_section(self, section):
        self._indent()
        body = self._render_entries(section)
        self._dedent()
        if not body:
            return ''
        title = section.heading
        head = ''
        if title is not None and title is not SUPPRESS:
            head = '%*s%s:\n' % (self._current_indent, '', title)
        return '\n' + head + body + '\n'

    def _render_usage(self, bundle):
        return self._format_usage(*bundle)

    def _join_parts(self, part_strings):
        return ''.join([p for p in part_strings if p and p is not SUPPRESS])

    # -- usage
    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            return prefix + (usage % {'prog': self._prog}) + '\n\n'
        prog = self._prog
        if not actions:
            return prefix + prog + '\n\n'
        opts = [a for a in actions if a.option_strings]
        poss = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(opts + poss, groups)
        line = ' '.join([s for s in (prog, whole) if s])
        room = self._width - self._current_indent
        if len(prefix) + len(line) <= room:
            return prefix + line + '\n\n'
        # Too long for one line: wrap the option and positional parts.
        opt_parts = _usage_parts(self._format_actions_usage(opts, groups))
        pos_parts = _usage_parts(self._format_actions_usage(poss, groups))
        if len(prefix) + len(prog) <= 0.75 * room:
            # Continuation lines line up after "usage: prog ".
            hang = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = _fill_lines([prog] + opt_parts, room, hang, prefix)
                lines += _fill_lines(pos_parts, room, hang)
            elif pos_parts:
                lines = _fill_lines([prog] + pos_parts, room, hang, prefix)
            else:
                lines = [prog]
        else:
            # A long prog name sits alone; the parts go below it.
            hang = ' ' * len(prefix)
            lines = _fill_lines(opt_parts + pos_parts, room, hang)
            if len(lines) > 1:
                lines = (_fill_lines(opt_parts, room, hang)
                         + _fill_lines(pos_parts, room, hang))
            lines = [prog] + lines
        return prefix + '\n'.join(lines) + '\n\n'

    def _format_actions_usage(self, actions, groups):
        # Marks to put between the action parts: index i means "before
        # actions[i]"; group members get '|' between them.
        marks = {}
        in_group = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError('empty group %s' % (group,))
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            last = first + len(members)
            if actions[first:last] != members:
                continue
            in_group.update(members)
            visible = len([m for m in members if m.help is not SUPPRESS])
            if not group.required:
                pair = '[]'
            elif visible > 1:
                pair = '()'
            else:
                pair = None
            if pair:
                marks[first] = marks[first] + ' ' + pair[0] if first in marks else pair[0]
                marks[last] = marks[last] + pair[1] if last in marks else pair[1]
            for pos in range(first + 1, last):
                marks[pos] = '|'

        words = []
        for pos, action in enumerate(actions):
            if action.help is SUPPRESS:
                words.append(None)
                # A hidden member takes one neighbouring '|' with it.
                if marks.get(pos) == '|':
                    del marks[pos]
                elif marks.get(pos + 1) == '|':
                    del marks[pos + 1]
                continue
            if action.option_strings:
                if action.nargs == 0:
                    word = action.format_usage()
                else:
                    word = '%s %s' % (action.option_strings[0], self._format_args(
                        action, self._get_default_metavar_for_optional(action)))
                if not action.required and action not in in_group:
                    word = '[' + word + ']'
            else:
                word = self._format_args(
                    action, self._get_default_metavar_for_positional(action))
                if action in in_group and word[:1] == '[' and word[-1:] == ']':
                    word = word[1:-1]
            words.append(word)
        for pos in sorted(marks, reverse=True):
            words.insert(pos, marks[pos])
        return _tidy_brackets(' '.join([w for w in words if w is not None]))

    # -- text and actions
    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        room = max(11, self._width - self._current_indent)
        return self._fill_text(text, room, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        column = min(self._max_help_position, self._action_max_length + 2)
        help_room = max(11, self._width - column)
        head_room = column - self._current_indent - 2
        margin = ' ' * self._current_indent
        head = self._format_action_invocation(action)
        help_text = action.help
        if not help_text:
            out = [margin + head + '\n']
            same_line = False
        elif len(head) <= head_room:
            out = [margin + head.ljust(head_room) + '  ']
            same_line = True
        else:
            out = [margin + head + '\n']
            same_line = False
        if help_text and help_text.strip():
            expanded = self._expand_help(action)
            if expanded:
                lines = self._split_lines(expanded, help_room)
                first_pad = '' if same_line else ' ' * column
                out.append(first_pad + lines[0] + '\n')
                out.extend(' ' * column + ln + '\n' for ln in lines[1:])
        elif same_line:
            out.append('\n')
        for sub in self._iter_indented_subactions(action):
            out.append(self._format_action(sub))
        return ''.join([p for p in out if p])

    def _format_action_invocation(self, action):
        if action.option_strings:
            if action.nargs == 0:
                return ', '.join(action.option_strings)
            shown = self._format_args(
                action, self._get_default_metavar_for_optional(action))
            return ', '.join([opt + ' ' + shown for opt in action.option_strings])
        name, = self._metavar_formatter(
            action, self._get_default_metavar_for_positional(action))(1)
        return name

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            label = action.metavar
        elif action.choices is not None:
            label = '{' + ','.join([str(c) for c in action.choices]) + '}'
        else:
            label = default_metavar

        def labels(count):
            if isinstance(label, tuple):
                return label
            return (label,) * count
        return labels

    def _format_args(self, action, default_metavar):
        labels = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        # '%' formatting on purpose: a metavar tuple of the wrong size must
        # raise TypeError (add_argument turns that into its ValueError).
        if nargs is None:
            return '%s' % labels(1)
        if nargs == OPTIONAL:
            return '[%s]' % labels(1)
        if nargs == ZERO_OR_MORE:
            pair = labels(1)
            if len(pair) == 2:
                return '[%s [%s ...]]' % pair
            return '[%s ...]' % pair
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % labels(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % labels(1)
        if nargs == SUPPRESS:
            return ''
        try:
            template = ' '.join(['%s'] * nargs)
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return template % labels(nargs)

    def _expand_help(self, action):
        fields = {'prog': self._prog}
        for key, val in vars(action).items():
            if val is SUPPRESS:
                continue
            fields[key] = getattr(val, '__name__', val)
        fields['prog'] = self._prog
        if fields.get('choices') is not None:
            fields['choices'] = ', '.join([str(c) for c in fields['choices']])
        return self._get_help_string(action) % fields

    def _iter_indented_subactions(self, action):
        lister = getattr(action, '_get_subactions', None)
        if lister is None:
            return
        self._indent()
        yield from lister()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_one_line(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_one_line(text), width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Leaves description and epilog text exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + ln for ln in text.splitlines(keepends=True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Leaves every help text exactly as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to each help that can have a default."""

    def _get_help_string(self, action):
        text = action.help or ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's placeholder after its type (`int`, `float`...)
    rather than its dest."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ================================================================ errors

def _get_action_name(argument):
    """How an argument is named in messages, or None."""
    if argument is None:
        return None
    spellings = argument.option_strings
    if spellings:
        return '/'.join(spellings)
    for candidate in (argument.metavar, argument.dest):
        if candidate is not None and candidate is not SUPPRESS:
            return candidate
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument's definition or its command-line value."""

    def __init__(self, argument,
                 message):
        super().__init__(argument, message)
        self.message = message
        self.argument_name = _get_action_name(argument)

    def __str__(self):
        name = self.argument_name
        return '%s' % (self.message,) if name is None else \
            'argument %s: %s' % (name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= converter to give its own error message."""


# ================================================================ actions

_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                  'choices', 'required', 'help', 'metavar')


class Action(_AttributeHolder):
    """Base of the things add_argument creates; subclasses define __call__."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        given = (option_strings, dest, nargs, const, default, type, choices,
                 required, help, metavar)
        for field, value in zip(_ACTION_FIELDS, given):
            setattr(self, field, value)

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values,
                 option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """--flag sets True, the generated --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        spellings = []
        for opt in option_strings:
            spellings.append(opt)
            if opt[:2] == '--':
                spellings.append('--no-' + opt[2:])
        super().__init__(spellings, dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values,
                 option_string=None):
        # Only a spelling of this action says anything; the --no- ones say False.
        if option_string not in self.option_strings:
            return
        setattr(namespace, self.dest, option_string[:5] != '--no-')

    def format_usage(self):
        return ' | '.join(spelling for spelling in self.option_strings)


def _need_values(nargs, const, what):
    # Store and append actions consume values: nargs=0 is refused, and a const is
    # only meaningful as the value of a bare optional (nargs='?').
    if nargs == 0:
        raise ValueError(what)
    if const is None or nargs == OPTIONAL:
        return
    raise ValueError(f'nargs must be {OPTIONAL!r} to supply const')


_STORE_NEEDS_VALUES = ('nargs for store actions must be != 0; if you have nothing '
                       'to store, actions such as store true or store const may '
                       'be more appropriate')
_APPEND_NEEDS_VALUES = ('nargs for append actions must be != 0; if arg strings are '
                        'not supplying the value to append, the append const action '
                        'may be more appropriate')


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        _need_values(nargs, const, _STORE_NEEDS_VALUES)
        super().__init__(option_strings, dest, nargs=nargs, const=const,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values,
                 option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values,
                 option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        _need_values(nargs, const, _APPEND_NEEDS_VALUES)
        super().__init__(option_strings, dest, nargs=nargs, const=const,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values,
                 option_string=None):
        bucket = _fresh_list(getattr(namespace, self.dest, None))
        bucket.append(values)
        setattr(namespace, self.dest, bucket)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const,
                         default=default, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values,
                 option_string=None):
        bucket = _fresh_list(getattr(namespace, self.dest, None))
        bucket.append(self.const)
        setattr(namespace, self.dest, bucket)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values,
                 option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values,
                 option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values,
                 option_string=None):
        text = self.version if self.version is not None else parser.version
        fmt = parser._get_formatter()
        fmt.add_text(text)
        parser._print_message(fmt.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):

    class _ChoicesPseudoAction(Action):
        # One line of the sub-command list in the parent's help.
        def __init__(self, name, aliases, help):
            label = name
            if aliases:
                label = '%s (%s)' % (name, ', '.join(aliases))
            super().__init__([], name, help=help, metavar=label)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required,
                         help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._prog_prefix + ' ' + name
        aliases = kwargs.pop('aliases', ())
        known = self._name_parser_map
        if name in known:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in known:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        child = self._parser_class(**kwargs)
        for key in (name, *aliases):
            known[key] = child
        return child

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values,
                 option_string=None):
        chosen, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        child = self._name_parser_map.get(chosen)
        if child is None:
            raise ArgumentError(self, 'unknown parser %s (choices: %s)'
                                % (chosen, ', '.join(self._name_parser_map)))
        sub_ns, unused = child.parse_known_args(rest, None)
        for key, val in vars(sub_ns).items():
            setattr(namespace, key, val)
        if unused:
            if not hasattr(namespace, _LEFTOVER_KEY):
                setattr(namespace, _LEFTOVER_KEY, [])
            getattr(namespace, _LEFTOVER_KEY).extend(unused)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values,
                 option_string=None):
        bucket = _fresh_list(getattr(namespace, self.dest, None))
        bucket.extend(values)
        setattr(namespace, self.dest, bucket)


class FileType:
    """A type= converter that opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        mode = self._mode
        if string == '-':
            # A binary mode gets the standard stream's byte buffer.
            if 'r' in mode:
                return _sys.stdin.buffer if 'b' in mode else _sys.stdin
            if 'w' in mode or 'a' in mode or 'x' in mode:
                return _sys.stdout.buffer if 'b' in mode else _sys.stdout
            raise ValueError('argument "-" with mode %r' % mode)
        try:
            return open(string, mode, self._bufsize, self._encoding, self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        for key in ('encoding', 'errors'):
            val = getattr(self, '_' + key)
            if val is not None:
                shown.append('%s=%r' % (key, val))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Namespace(_AttributeHolder):
    """Plain attribute container returned by parse_args()."""

    def __init__(self, **kwargs):
        for key, val in kwargs.items():
            setattr(self, key, val)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


def _default_registries():
    return {
        'action': {
            None: _StoreAction, 'store': _StoreAction,
            'store_const': _StoreConstAction, 'store_true': _StoreTrueAction,
            'store_false': _StoreFalseAction, 'append': _AppendAction,
            'append_const': _AppendConstAction, 'count': _CountAction,
            'help': _HelpAction, 'version': _VersionAction,
            'parsers': _SubParsersAction, 'extend': _ExtendAction,
        },
        'type': {None: lambda text: text},
    }


# ================================================================ nargs matching
# An argument list is summarised as a string of 'O' (an option), 'A' (an argument)
# and '-' (the '--' marker). Each action's nargs is a sequence of
# (allowed characters, least, most) elements; matching is greedy with
# backtracking, as a regular expression would do it.

_MANY = 1 << 30


def _nargs_elements(action):
    nargs = action.nargs
    if nargs is None:
        els = [('-', 0, _MANY), ('A', 1, 1), ('-', 0, _MANY)]
    elif nargs == OPTIONAL:
        els = [('-', 0, _MANY), ('A', 0, 1), ('-', 0, _MANY)]
    elif nargs == ZERO_OR_MORE:
        els = [('-', 0, _MANY), ('A-', 0, _MANY)]
    elif nargs == ONE_OR_MORE:
        els = [('-', 0, _MANY), ('A', 1, 1), ('A-', 0, _MANY)]
    elif nargs == REMAINDER:
        els = [('-AO', 0, _MANY)]
    elif nargs == PARSER:
        els = [('-', 0, _MANY), ('A', 1, 1), ('-AO', 0, _MANY)]
    elif nargs == SUPPRESS:
        els = [('-', 0, _MANY), ('-', 0, _MANY)]
    else:
        els = [('-', 0, _MANY)]
        for i in range(nargs):
            if i:
                els.append(('-', 0, _MANY))
            els.append(('A', 1, 1))
        els.append(('-', 0, _MANY))
    if action.option_strings:
        # Optionals never take '--' markers.
        out = []
        for chars, lo, hi in els:
            if chars == '-':
                continue
            chars = chars.replace('-', '')
            out.append((chars, lo, hi))
        els = out
    return els


def _match_groups(groups, s):
    """Matches the concatenated element groups against a prefix of s; returns the
    length each group consumed, or None."""
    flat = []
    for gi, els in enumerate(groups):
        for chars, lo, hi in els:
            flat.append((gi, chars, lo, hi))
    counts = [0] * len(groups)

    def run(k, pos):
        if k == len(flat):
            return True
        gi, chars, lo, hi = flat[k]
        n = 0
        limit = min(hi, len(s) - pos)
        while n < limit and s[pos + n] in chars:
            n += 1
        while n >= lo:
            counts[gi] += n
            if run(k + 1, pos + n):
                return True
            counts[gi] -= n
            n -= 1
        return False
    if run(0, 0):
        return counts
    return None


def _looks_negative(s):
    """'-5', '-.5', '-1.25': a negative number rather than an option."""
    if len(s) < 2 or s[0] != '-':
        return False
    whole, dot, frac = s[1:].partition('.')
    if not dot:
        return whole.isdecimal()
    return (whole == '' or whole.isdecimal()) and frac.isdecimal()


# ================================================================ containers

class _ActionsContainer:
    """What parsers and argument groups share: defining arguments."""

    # The tables an argument group shares with the parser that owns it.
    _SHARED_TABLES = ('_registries', '_actions', '_option_string_actions', '_defaults',
                      '_has_negative_number_optionals', '_mutually_exclusive_groups')

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = argument_default, conflict_handler
        if conflict_handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value: %r' % conflict_handler)
        self._registries = _default_registries()
        self._actions, self._action_groups = [], []
        self._option_string_actions, self._defaults = {}, {}
        self._mutually_exclusive_groups = []
        # Non-empty once some option itself looks like a negative number.
        self._has_negative_number_optionals = []

    def register(self, registry_name,
                 value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _lookup(self, registry_name, value, fallback=None):
        return self._registries[registry_name].get(value, fallback)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        # Arguments already defined take the new defaults too.
        for action in [a for a in self._actions if a.dest in kwargs]:
            action.default = kwargs[action.dest]

    def get_default(self, dest):
        # An argument's own (non-None) default first, then set_defaults().
        found = [a.default for a in self._actions
                 if a.dest == dest and a.default is not None]
        return found[0] if found else self._defaults.get(dest)

    def add_argument(self, *args,
                     **kwargs):
        positional = not args or (len(args) == 1
                                  and args[0][0] not in self.prefix_chars)
        if not positional:
            spec = self._get_optional_kwargs(*args, **kwargs)
        elif args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        else:
            spec = self._get_positional_kwargs(*args, **kwargs)
        # Without its own default: set_defaults() for its dest, else the
        # parser-wide argument_default when there is one.
        if 'default' not in spec:
            dest = spec['dest']
            if dest in self._defaults:
                spec['default'] = self._defaults[dest]
            else:
                parser_wide = self.argument_default
                if parser_wide is not None:
                    spec['default'] = parser_wide

        kind = spec.pop('action', None)
        try:
            factory = self._lookup('action', kind, kind)
        except TypeError:
            factory = kind
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        action = factory(**spec)

        try:
            converter = self._lookup('type', action.type, action.type)
        except TypeError:
            converter = action.type
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError(f'{converter!r} is a FileType class object, instance '
                             f'of it must be passed')
        if hasattr(self, '_get_formatter'):
            # Rejects metavar tuples that do not fit nargs: formatting the
            # arguments' placeholder raises TypeError for them.
            formatter = self._get_formatter()
            try:
                formatter._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        return self._add_action(action)

    def add_argument_group(self, *args,
                           **kwargs):
        made = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(made)
        return made

    def add_mutually_exclusive_group(self,
                                     **kwargs):
        made = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(made)
        return made

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for opt in action.option_strings:
            self._option_string_actions[opt] = action
            flags = self._has_negative_number_optionals
            if not flags and _looks_negative(opt):
                flags.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # Copy a parent's arguments, keeping their groups: same-titled groups are
        # merged, other groups and the exclusive groups are recreated here.
        by_title = {g.title: g for g in self._action_groups}
        home = {}
        for theirs in container._action_groups:
            ours = by_title.get(theirs.title)
            if ours is None:
                ours = by_title[theirs.title] = self.add_argument_group(
                    title=theirs.title, description=theirs.description,
                    conflict_handler=theirs.conflict_handler)
            home.update(dict.fromkeys(theirs._group_actions, ours))
        for theirs in container._mutually_exclusive_groups:
            ours = self.add_mutually_exclusive_group(required=theirs.required)
            home.update(dict.fromkeys(theirs._group_actions, ours))
        for action in container._actions:
            home.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest,
                               **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (
                nargs == ZERO_OR_MORE and 'default' not in kwargs):
            kwargs['required'] = True
        kwargs['dest'] = dest
        kwargs['option_strings'] = []
        return kwargs

    def _get_optional_kwargs(self, *args,
                             **kwargs):
        chars = self.prefix_chars
        for opt in args:
            if opt[0] not in chars:
                raise ValueError('invalid option string %r: must start with a '
                                 'character %r' % (opt, chars))
        dest = kwargs.pop('dest', None)
        if dest is None:
            longs = [o for o in args if len(o) > 1 and o[1] in chars]
            source = longs[0] if longs else args[0]
            dest = source.lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % args[-1])
            dest = dest.replace('-', '_')
        kwargs['dest'] = dest
        kwargs['option_strings'] = list(args)
        return kwargs

    def _check_conflict(self, action):
        clashes = [(opt, self._option_string_actions[opt])
                   for opt in action.option_strings
                   if opt in self._option_string_actions]
        if not clashes:
            return
        if self.conflict_handler == 'resolve':
            # The newer definition wins; the older loses those spellings.
            for opt, older in clashes:
                older.option_strings.remove(opt)
                self._option_string_actions.pop(opt, None)
                if not older.option_strings:
                    older.container._remove_action(older)
            return
        noun = 'string' if len(clashes) == 1 else 'strings'
        raise ArgumentError(action, 'conflicting option %s: %s'
                            % (noun, ', '.join([opt for opt, _ in clashes])))


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None,
                 description=None, **kwargs):
        for key in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(key, getattr(container, key))
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # Definitions land in the owning parser's tables.
        for table in self._SHARED_TABLES:
            setattr(self, table, getattr(container, table))

    def _add_action(self, action):
        super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container,
                 required=False):
        super().__init__(container)
        self._container, self.required = container, required

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ================================================================ parsing

class _Run:
    """The state of one parse_known_args call on one parser."""

    def __init__(self, parser, words, namespace):
        self.parser = parser
        self.words = words
        self.ns = namespace
        self.extras = []
        self.seen = set()
        self.set_by_user = set()
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for i, member in enumerate(members):
                self.rivals.setdefault(member, []).extend(
                    members[:i] + members[i + 1:])
        # One letter per word, and the parsed form of each option word.
        self.options = {}
        letters = []
        after_marker = False
        for i, word in enumerate(words):
            if after_marker:
                letters.append('A')
            elif word == '--':
                letters.append('-')
                after_marker = True
            else:
                found = parser._parse_optional(word)
                if found is None:
                    letters.append('A')
                else:
                    self.options[i] = found
                    letters.append('O')
        self.pattern = ''.join(letters)
        self.waiting = parser._get_positional_actions()

    def apply(self, action, strings, option_string=None):
        parser = self.parser
        self.seen.add(action)
        value = parser._get_values(action, strings)
        if value is not action.default:
            self.set_by_user.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.set_by_user:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _get_action_name(rival))
        if value is not SUPPRESS:
            action(parser, self.ns, value, option_string)

    def take_option(self, at):
        parser = self.parser
        action, spelled, attached = self.options[at]
        pending = []
        while True:
            if action is None:
                self.extras.append(self.words[at])
                return at + 1
            if attached is None:
                begin = at + 1
                count = parser._count_for(action, self.pattern[begin:])
                pending.append((action, self.words[begin:begin + count], spelled))
                end = begin + count
                break
            count = parser._count_for(action, 'A')
            if count == 1:
                pending.append((action, [attached], spelled))
                end = at + 1
                break
            if (count == 0 and spelled[1] not in parser.prefix_chars
                    and attached != ''):
                # "-xyz": flag -x, then -y and -z (or -y with value "z").
                pending.append((action, [], spelled))
                spelled = spelled[0] + attached[0]
                tail = attached[1:] or None
                nxt = parser._option_string_actions.get(spelled)
                if nxt is None:
                    raise ArgumentError(action, 'ignored explicit argument %r'
                                        % attached)
                action, attached = nxt, tail
                continue
            raise ArgumentError(action, 'ignored explicit argument %r' % attached)
        for act, strings, opt in pending:
            self.apply(act, strings, opt)
        return end

    def take_positionals(self, at):
        counts = self.parser._fit_positionals(self.waiting, self.pattern[at:])
        for action, count in zip(self.waiting, counts):
            strings = self.words[at:at + count]
            at += count
            self.apply(action, strings)
        del self.waiting[:len(counts)]
        return at

    def run(self):
        at = 0
        option_spots = sorted(self.options)
        while option_spots and at <= option_spots[-1]:
            nxt = min([i for i in option_spots if i >= at])
            if at != nxt:
                reached = self.take_positionals(at)
                if reached > at:
                    at = reached
                    continue
                at = reached
            if at not in self.options:
                # Plain words no positional wanted, before the next option.
                self.extras.extend(self.words[at:nxt])
                at = nxt
            at = self.take_option(at)
        at = self.take_positionals(at)
        self.extras.extend(self.words[at:])
        self.finish()
        return self.ns, self.extras

    def finish(self):
        parser = self.parser
        ns = self.ns
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
                continue
            # A string default is converted with type= only when it is used.
            default = action.default
            if (isinstance(default, str) and hasattr(ns, action.dest)
                    and getattr(ns, action.dest) is default):
                setattr(ns, action.dest, parser._get_value(action, default))
        if missing:
            parser.error('the following arguments are required: %s'
                         % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if not group.required:
                continue
            members = group._group_actions
            if any(m in self.set_by_user for m in members):
                continue
            names = [_get_action_name(m) for m in members if m.help is not SUPPRESS]
            parser.error('one of the arguments %s is required' % ' '.join(names))


_ARITY_COMPLAINTS = {
    None: 'expected one argument',
    OPTIONAL: 'expected at most one argument',
    ONE_OR_MORE: 'expected at least one argument',
}


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns a list of command-line strings into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        _ActionsContainer.__init__(self, description=description,
                                   prefix_chars=prefix_chars,
                                   argument_default=argument_default,
                                   conflict_handler=conflict_handler)
        if prog is None:
            script = _sys.argv[0] if _sys.argv else ''
            prog = script.replace('\\', '/').rsplit('/', 1)[-1]
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None

        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(getattr(parent, '_defaults', {}))

    def _get_kwargs(self):
        return [(key, getattr(self, key)) for key in
                ('prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help')]

    # -- definitions
    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            self._subparsers = self.add_argument_group(
                kwargs.pop('title', 'subcommands'), kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # Sub-parsers are named after this parser's usage up to here.
            fmt = self._get_formatter()
            fmt.add_usage(self.usage, self._get_positional_actions(),
                          self._mutually_exclusive_groups, '')
            kwargs['prog'] = fmt.format_help().strip()
        kind = kwargs.pop('action', 'parsers')
        factory = self._lookup('action', kind, kind) if isinstance(kind, str) else kind
        action = factory(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        home = self._optionals if action.option_strings else self._positionals
        home._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing
    def parse_args(self, args=None, namespace=None):
        result, leftover = self.parse_known_args(args, namespace)
        if leftover:
            self.error('unrecognized arguments: %s' % ' '.join(leftover))
        return result

    def parse_known_args(self, args=None, namespace=None):
        words = _sys.argv[1:] if args is None else list(args)
        ns = Namespace() if namespace is None else namespace
        for action in self._actions:
            dest = action.dest
            if (dest is not SUPPRESS and action.default is not SUPPRESS
                    and not hasattr(ns, dest)):
                setattr(ns, dest, action.default)
        for dest, val in self._defaults.items():
            if not hasattr(ns, dest):
                setattr(ns, dest, val)
        if self.exit_on_error:
            try:
                ns, leftover = self._parse_known_args(words, ns)
            except ArgumentError as err:
                self.error(str(err))
        else:
            ns, leftover = self._parse_known_args(words, ns)
        if hasattr(ns, _LEFTOVER_KEY):
            leftover.extend(getattr(ns, _LEFTOVER_KEY))
            delattr(ns, _LEFTOVER_KEY)
        return ns, leftover

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        return _Run(self, arg_strings, namespace).run()

    def _read_args_from_files(self, arg_strings):
        # A word starting with one of fromfile_prefix_chars names a file whose
        # lines (each split by convert_arg_line_to_args) stand in its place; files
        # may name further files.
        out = []
        for word in arg_strings:
            if not word or word[0] not in self.fromfile_prefix_chars:
                out.append(word)
                continue
            try:
                with open(word[1:]) as f:
                    lines = f.read().splitlines()
            except OSError as exc:
                self.error(str(exc))
            words = []
            for line in lines:
                words.extend(self.convert_arg_line_to_args(line))
            out.extend(self._read_args_from_files(words))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def parse_intermixed_args(self, args=None, namespace=None):
        result, leftover = self.parse_known_intermixed_args(args, namespace)
        if leftover:
            self.error('unrecognized arguments: %s' % ' '.join(leftover))
        return result

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Two passes: the optionals first, every positional switched off (it takes
        # no words and sets nothing), so positional words may sit between options;
        # then the positionals over the words left, no optional being required.
        # Whatever is changed for a pass is put back afterwards.
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in '
                                'mutuallyExclusiveGroup')
        old_usage = self.usage
        try:
            if self.usage is None:
                # Errors of the first pass still show the full usage.
                self.usage = self.format_usage()[len('usage: '):]
            saved = [(a, a.nargs, a.default) for a in positionals]
            try:
                for action in positionals:
                    action.nargs = SUPPRESS
                    action.default = SUPPRESS
                namespace, rest = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == []:
                        from warnings import warn
                        warn('Do not expect %s in %s' % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default
            held = [(a, a.required) for a in self._get_optional_actions()]
            held += [(g, g.required) for g in self._mutually_exclusive_groups]
            try:
                for thing, _ in held:
                    thing.required = False
                namespace, extras = self.parse_known_args(rest, namespace)
            finally:
                for thing, required in held:
                    thing.required = required
        finally:
            self.usage = old_usage
        return namespace, extras

    def _count_for(self, action, pattern):
        """How many argument words an option takes from the start of pattern."""
        fit = _match_groups([_nargs_elements(action)], pattern)
        if fit is not None:
            return fit[0]
        nargs = action.nargs
        if nargs in _ARITY_COMPLAINTS:
            complaint = _ARITY_COMPLAINTS[nargs]
        elif isinstance(nargs, int):
            complaint = 'expected %s argument%s' % (nargs, '' if nargs == 1 else 's')
        else:
            complaint = None
        raise ArgumentError(action, complaint)

    def _fit_positionals(self, actions, pattern):
        """Word counts for the longest run of leading positionals that fits."""
        for take in range(len(actions), 0, -1):
            fit = _match_groups([_nargs_elements(a) for a in actions[:take]],
                                pattern)
            if fit is not None:
                return fit
        return []

    def _parse_optional(self, arg_string):
        """(action or None, option spelling, attached value or None) when the
        word is to be treated as an option, else None."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        table = self._option_string_actions
        if arg_string in table:
            return table[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            name, _, value = arg_string.partition('=')
            if name in table:
                return table[name], name, value
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            self.error('ambiguous option: %s could match %s'
                       % (arg_string, ', '.join([c[1] for c in candidates])))
        if _looks_negative(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        """Options that option_string could abbreviate."""
        chars = self.prefix_chars
        table = self._option_string_actions
        if option_string[0] not in chars:
            self.error('unexpected option string: %s' % option_string)
        found = []
        if option_string[1] in chars:
            if not self.allow_abbrev:
                return found
            stem, eq, value = option_string.partition('=')
            value = value if eq else None
            for opt in table:
                if opt.startswith(stem):
                    found.append((table[opt], opt, value))
            return found
        # Single prefix: "-xVALUE" or a prefix of a longer single-dash option.
        short, glued = option_string[:2], option_string[2:]
        for opt in table:
            if opt == short:
                found.append((table[opt], opt, glued))
            elif opt.startswith(option_string):
                found.append((table[opt], opt, None))
        return found

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove('--')
        convert = self._get_value
        check = self._check_value
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = convert(action, value)
                check(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = arg_strings if action.default is None else action.default
            check(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = convert(action, arg_strings[0])
            check(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [convert(action, s) for s in arg_strings]
        if nargs == PARSER:
            check(action, values[0])
        elif nargs != REMAINDER:
            for v in values:
                check(action, v)
        return values

    def _get_value(self, action, arg_string):
        try:
            converter = self._lookup('type', action.type, action.type)
        except TypeError:
            converter = action.type
        if not callable(converter):
            raise ArgumentError(action, '%r is not callable' % (converter,))
        try:
            return converter(arg_string)
        except ArgumentTypeError as exc:
            raise ArgumentError(action, str(exc))
        except (TypeError, ValueError):
            label = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (label, arg_string))

    def _check_value(self, action, value):
        allowed = action.choices
        if allowed is not None and value not in allowed:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join([repr(c) for c in allowed])))

    # -- output
    def format_usage(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return fmt.format_help()

    def format_help(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        fmt.add_text(self.description)
        for group in self._action_groups:
            fmt.start_section(group.title)
            fmt.add_text(group.description)
            fmt.add_arguments(group._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(),
                            _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(),
                            _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        # A missing or unusable stream (sys.stderr set to None, closed) is skipped.
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
