"""mempy's `_uuid`: what CPython's libuuid binding gives `uuid` on Linux,
generate_time_safe() (a time-based, version 1 UUID's 16 bytes and whether a
uuidd daemon made it safely: here never, -1), written in Python. The node is the
first network interface's hardware address (read from /sys/class/net, the
addresses libuuid asks the kernel for), else a random multicast address; the
clock sequence is random per process, and timestamps never repeat."""

import os as _os
import time as _time

has_uuid_generate_time_safe = 1

_state = {'node': None, 'clock_seq': None, 'last': 0}


def _hardware_node():
    try:
        names = sorted(_os.listdir('/sys/class/net'))
    except OSError:
        names = []
    for name in names:
        try:
            with open('/sys/class/net/%s/address' % name) as f:
                mac = int(f.read().strip().replace(':', '') or '0', 16)
        except (OSError, ValueError):
            continue
        if mac:
            return mac
    return int.from_bytes(_os.urandom(6), 'big') | (1 << 40)


def generate_time_safe():
    if _state['node'] is None:
        _state['node'] = _hardware_node()
        _state['clock_seq'] = int.from_bytes(_os.urandom(2), 'big') & 0x3fff
    # 100-ns intervals since 1582-10-15, the start of the Gregorian calendar.
    stamp = _time.time_ns() // 100 + 0x01b21dd213814000
    if stamp <= _state['last']:
        stamp = _state['last'] + 1
    _state['last'] = stamp
    seq = _state['clock_seq']
    value = ((stamp & 0xffffffff) << 96 | ((stamp >> 32) & 0xffff) << 80
             | (0x1000 | (stamp >> 48) & 0x0fff) << 64
             | (0x8000 | seq) << 48 | _state['node'])
    return value.to_bytes(16, 'big'), -1
