"""mempy's `uuid` module: immutable UUID objects (RFC 4122) and the uuid1()
(time and node), uuid3() (MD5 of a name), uuid4() (random) and uuid5() (SHA-1 of
a name) generators. Written for mempy from the documented behaviour of CPython
3.11's uuid module.

getnode() asks `_uuid` (mempy's stand-in for the libuuid binding) for a time
UUID's node, then `ip link` or `ifconfig`, else picks a random multicast
address; uuid1() without arguments takes `_uuid`'s time UUID as CPython does."""

import os
import sys

from enum import Enum

import platform

_platform_system = platform.system()
_AIX = _platform_system == 'AIX'
_LINUX = _platform_system == 'Linux'

# How MAC addresses are written in the tools' output.
_MAC_DELIM = b':'
_MAC_OMITS_LEADING_ZEROES = False
if _AIX:
    _MAC_DELIM = b'.'
    _MAC_OMITS_LEADING_ZEROES = True

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

int_ = int      # the builtins, under names UUID's parameters do not hide
bytes_ = bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _swap_le(b):
    # The first three fields of a UUID's bytes in little-endian order (their
    # layout in bytes_le), the rest as it is; its own inverse.
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


class UUID:
    """A universally unique identifier (RFC 4122): an immutable 128-bit number,
    made from one of hex (a string), bytes (16 bytes, big-endian), bytes_le
    (little-endian fields), fields (a 6-tuple) or int; version, when given,
    sets the variant and version bits."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            hex = hex.replace('urn:', '').replace('uuid:', '')
            hex = hex.strip('{}').replace('-', '')
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _swap_le(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes, byteorder='big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            (time_low, time_mid, time_hi_version,
             clock_seq_hi_variant, clock_seq_low, node) = fields
            for n, value, bits in ((1, time_low, 32), (2, time_mid, 16),
                                   (3, time_hi_version, 16),
                                   (4, clock_seq_hi_variant, 8),
                                   (5, clock_seq_low, 8), (6, node, 48)):
                if not 0 <= value < 1 << bits:
                    raise ValueError('field %d out of range (need a%s %d-bit value)'
                                     % (n, 'n' if bits == 8 else '', bits))
            int = ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64)
                   | (clock_seq_hi_variant << 56) | (clock_seq_low << 48) | node)
        if int is not None:
            if not 0 <= int < 1 << 128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # The RFC 4122 variant (bits 10), then the version nibble.
            int = (int & ~(0xc000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            # The value, not the member, so pickles load where SafeUUID differs.
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safe = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'is_safe', safe)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = '%032x' % self.int
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48)
                | (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        top = self.int >> 48
        if not top & 0x8000:
            return RESERVED_NCS
        if not top & 0x4000:
            return RFC_4122
        if not top & 0x2000:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # Only RFC 4122 UUIDs have a version.
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xf)


# --- the hardware (MAC) address

def _get_command_stdout(command, *args):
    # The output of a system tool (found on PATH or in the sbin directories,
    # run under the C locale) as a BytesIO, or None when it cannot be run.
    import io
    import shutil
    import subprocess
    try:
        dirs = os.environ.get('PATH', os.defpath).split(os.pathsep)
        dirs.extend(['/sbin', '/usr/sbin'])
        executable = shutil.which(command, path=os.pathsep.join(dirs))
        if executable is None:
            return None
        env = dict(os.environ)
        env['LC_ALL'] = 'C'
        argv = (executable,) if args == ('',) else (executable,) + args
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env)
        if not proc:
            return None
        out, _ = proc.communicate()
        return io.BytesIO(out)
    except (OSError, subprocess.SubprocessError):
        return None


def _is_universal(mac):
    # A universally administered address has bit 1 of its first octet clear.
    return not (mac & (1 << 41))


def _find_mac_near_keyword(command, args, keywords, get_word_index):
    # The first universal MAC address in a tool's output, found as the word at
    # get_word_index(i) for a keyword at word i; else the first local one.
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None
    local = None
    for line in stdout:
        words = line.lower().rstrip().split()
        for i, word in enumerate(words):
            if word not in keywords:
                continue
            try:
                mac = int(words[get_word_index(i)].replace(_MAC_DELIM, b''), 16)
            except (ValueError, IndexError):
                continue
            if _is_universal(mac):
                return mac
            local = local or mac
    return local or None


def _parse_mac(word):
    # A MAC address written as six delimited hex octets, or None.
    parts = word.split(_MAC_DELIM)
    if len(parts) != 6:
        return None
    if _MAC_OMITS_LEADING_ZEROES:
        if not all(1 <= len(p) <= 2 for p in parts):
            return None
        digits = b''.join([p.rjust(2, b'0') for p in parts])
    else:
        if not all(len(p) == 2 for p in parts):
            return None
        digits = b''.join(parts)
    try:
        return int(digits, 16)
    except ValueError:
        return None


def _find_mac_under_heading(command, args, heading):
    # The MAC address in the column headed `heading` of a tool's table output.
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None
    titles = stdout.readline().rstrip().split()
    try:
        column = titles.index(heading)
    except ValueError:
        return None
    local = None
    for line in stdout:
        words = line.rstrip().split()
        if column >= len(words):
            continue
        mac = _parse_mac(words[column])
        if mac is None:
            continue
        if _is_universal(mac):
            return mac
        if local is None:
            local = mac
    return local


def _ifconfig_getnode():
    """The MAC address `ifconfig` shows, or None."""
    keywords = (b'hwaddr', b'ether', b'address:', b'lladdr')
    for args in ('', '-a', '-av'):
        mac = _find_mac_near_keyword('ifconfig', args, keywords, lambda i: i + 1)
        if mac:
            return mac
    return None


def _ip_getnode():
    """The MAC address `ip link` shows, or None."""
    mac = _find_mac_near_keyword('ip', 'link', [b'link/ether'], lambda i: i + 1)
    return mac or None


def _netstat_getnode():
    """The MAC address `netstat -ian` shows, or None."""
    return _find_mac_under_heading('netstat', '-ian', b'Address')


def _lanscan_getnode():
    """The MAC address `lanscan -ai` shows, or None."""
    return _find_mac_near_keyword('lanscan', '-ai', [b'lan0'], lambda i: 0)


def _arp_getnode():
    """The MAC address `arp -an` lists for this host's IP address, or None."""
    try:
        import socket
        ip_addr = socket.gethostbyname(socket.gethostname())
    except (ImportError, AttributeError, OSError):
        return None
    ip = os.fsencode(ip_addr)
    # The address follows the IP; some systems put it in parentheses.
    for word in (ip, b'(' + ip + b')'):
        mac = _find_mac_near_keyword('arp', '-an', [word], lambda i: -1)
        if mac:
            return mac
    return None


def _ipconfig_getnode():
    """The MAC address `ipconfig /all` shows (Windows), or None."""
    return _windll_getnode()


def _netbios_getnode():
    """The MAC address from NetBIOS (Windows), or None."""
    return _windll_getnode()


def _windll_getnode():
    """The node of a Windows UuidCreate UUID, or None elsewhere."""
    if _UuidCreate:
        return UUID(bytes_le=_UuidCreate()).node
    return None


def _unix_getnode():
    """The node of a libuuid time UUID (None: mempy has no libuuid)."""
    if _generate_time_safe:
        uuid_time, _ = _generate_time_safe()
        return UUID(bytes=uuid_time).node


def _random_getnode():
    """A random 48-bit node with the multicast bit set."""
    # A random 48-bit number with the multicast bit set (RFC 4122 4.1.6), so
    # it can never be a real network card's address.
    import random
    return random.getrandbits(48) | (1 << 40)


try:
    import _uuid
    _generate_time_safe = getattr(_uuid, "generate_time_safe", None)
    _UuidCreate = getattr(_uuid, "UuidCreate", None)
    _has_uuid_generate_time_safe = _uuid.has_uuid_generate_time_safe
except ImportError:
    _uuid = None
    _generate_time_safe = None
    _UuidCreate = None
    _has_uuid_generate_time_safe = None


def _load_system_functions():
    """Kept for compatibility: nothing to load."""


if _LINUX:
    _OS_GETTERS = [_ip_getnode, _ifconfig_getnode]
elif _AIX:
    _OS_GETTERS = [_netstat_getnode]
else:
    _OS_GETTERS = [_ifconfig_getnode, _ip_getnode, _netstat_getnode,
                   _lanscan_getnode]
_GETTERS = [_unix_getnode] + _OS_GETTERS if os.name == 'posix' else []

_node = None


def getnode():
    """This host's hardware (MAC) address as a 48-bit integer, found once and
    remembered (finding it may run a system tool); a random multicast address
    when none can be found, as RFC 4122 suggests."""
    global _node
    if _node is not None:
        return _node
    for getter in _GETTERS + [_random_getnode]:
        try:
            _node = getter()
        except Exception:
            continue
        if _node is not None and 0 <= _node < 1 << 48:
            return _node
    assert False, '_random_getnode() returned invalid value: {}'.format(_node)


# --- the generators

_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A version 1 UUID: the current time, a clock sequence (random 14 bits
    unless given) and a node (getnode() unless given)."""
    global _last_timestamp
    if _generate_time_safe is not None and node is clock_seq is None:
        made, safe = _generate_time_safe()
        try:
            is_safe = SafeUUID(safe)
        except ValueError:
            is_safe = SafeUUID.unknown
        return UUID(bytes=made, is_safe=is_safe)
    import time
    # 100-ns intervals since the Gregorian reform (1582-10-15), strictly
    # increasing within this process.
    timestamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    return UUID(fields=(timestamp & 0xffffffff, (timestamp >> 32) & 0xffff,
                        (timestamp >> 48) & 0x0fff, (clock_seq >> 8) & 0x3f,
                        clock_seq & 0xff, node), version=1)


def _name_uuid(hash_name, namespace, name, version):
    import hashlib
    digest = hashlib.new(hash_name, namespace.bytes + name,
                         usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A version 3 UUID: the MD5 digest of a namespace UUID's bytes and a name."""
    return _name_uuid('md5', namespace, bytes(name, "utf-8"), 3)


def uuid4():
    """A version 4 UUID: 122 random bits."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A version 5 UUID: the SHA-1 digest of a namespace UUID's bytes and a name."""
    return _name_uuid('sha1', namespace, bytes(name, "utf-8"), 5)


# The namespaces of RFC 4122's appendix C.
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
