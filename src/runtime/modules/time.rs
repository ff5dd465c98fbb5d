//! The `time` module (CPython's Modules/timemodule.c): `time`, `time_ns`,
//! `perf_counter(_ns)`, `monotonic(_ns)`, `process_time(_ns)`, `sleep`, `gmtime`,
//! `localtime`, `mktime`, `strftime`, `asctime`, `ctime`, `strptime`, the
//! `struct_time` type and the zone constants `timezone`, `altzone`, `daylight`,
//! `tzname` (read once, at import, as CPython does without `tzset`).
//!
//! The calendar conversions go through the C library (`gmtime_r`, `localtime_r`,
//! `mktime`, `strftime`), as CPython's do, so local time follows `TZ` and the
//! system's zone files. `struct_time` is a tuple subclass defined by the Python
//! source below (CPython's is a C struct sequence): nine visible fields, `tm_zone`
//! and `tm_gmtoff` as extra attributes, and CPython's repr. `strptime` is Python too,
//! over the directive parser `datetime.strptime` uses (CPython's Lib/_strptime.py).

use crate::runtime::builtins::{add_fns, check_args, int_arg, new_module, set_in};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::{Scalar, Value};
use num_traits::ToPrimitive;
use std::ffi::{CStr, CString};

const STRUCT_TIME: &str = "\
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')
_FIELDS_EXTRA = ('tm_zone', 'tm_gmtoff')
# How many fields a struct_time has, the zone ones included (CPython's build-time
# constant; 11 where the C library has tm_zone and tm_gmtoff, as here).
_STRUCT_TM_ITEMS = 11
_dict = dict


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        try:
            seq = tuple(seq)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        n = len(seq)
        if n < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence '
                            '(%d-sequence given)' % n)
        if n > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence '
                            '(%d-sequence given)' % n)
        if dict is not None and not isinstance(dict, _dict):
            raise TypeError('time.struct_time() takes a dict as second arg, if any')
        self = tuple.__new__(cls, seq[:9])
        extra = list(seq[9:])
        # The fields the sequence leaves out come from the dict (or None).
        for name in _FIELDS_EXTRA[len(extra):]:
            extra.append(dict.get(name) if dict is not None else None)
        self._extra = tuple(extra)
        return self

    def __repr__(self):
        return 'time.struct_time(' + ', '.join(
            '%s=%r' % (name, value) for name, value in zip(_FIELDS, self)) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    \"\"\"Parse a string to a time tuple according to a format specification.\"\"\"
    from datetime import _strptime_parts
    if not isinstance(string, str):
        raise TypeError('strptime() argument 0 must be str, not %s' % type(string))
    if not isinstance(format, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(format))
    y, mo, d, h, mi, s, us, off, zone, wday, yday = _strptime_parts(string, format)
    gmtoff = None if off is None else off.days * 86400 + off.seconds
    return struct_time((y, mo, d, h, mi, s, wday, yday,
                        -1 if zone is None else 0, zone, gmtoff))

";

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(vm, "time");
    add_fns(
        vm,
        d,
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("process_time", perf_counter),
            ("process_time_ns", perf_counter_ns),
            ("sleep", sleep),
            ("gmtime", gmtime),
            ("localtime", localtime),
            ("mktime", mktime),
            ("strftime", strftime),
            ("asctime", asctime),
            ("ctime", ctime),
        ],
    );
    if let Err(e) = super::pysrc::exec_in(vm, "time", STRUCT_TIME, d) {
        vm.decref(m);
        return Err(e);
    }
    set_zone_constants(vm, d);
    Ok(m)
}

/// `timezone`, `altzone`, `daylight` and `tzname` (CPython's `init_timezone`, read
/// once at import): the local zone's offset west of UTC and its name early in the
/// current year and half a year later; standard time is the larger offset (January
/// in the north, July in the south).
fn set_zone_constants(vm: &mut Vm, d: crate::value::ObjRef) {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let start = (since_epoch().as_secs() as i64 / YEAR) * YEAR;
    let probe = |t: i64| match broken_down(t as libc::time_t, true) {
        Some(tm) => {
            // c_long is i64 here but i32 on 32-bit targets.
            #[allow(clippy::unnecessary_cast)]
            let west = -(tm.tm_gmtoff as i64);
            (west, zone_of(&tm))
        }
        None => (0, String::new()),
    };
    let (jan, jan_name) = probe(start);
    let (jul, jul_name) = probe(start + YEAR / 2);
    let (std_off, dst_off, names) = if jan < jul {
        (jul, jan, [jul_name, jan_name])
    } else {
        (jan, jul, [jan_name, jul_name])
    };
    let v = vm.int(std_off);
    set_in(vm, d, "timezone", v);
    let v = vm.int(dst_off);
    set_in(vm, d, "altzone", v);
    let v = vm.int((jan != jul) as i64);
    set_in(vm, d, "daylight", v);
    let names: Vec<Value> = names.into_iter().map(|n| vm.new_str(n)).collect();
    let v = vm.new_tuple(names);
    set_in(vm, d, "tzname", v);
}

/// The zone abbreviation a C `struct tm` carries ("" when it has none).
fn zone_of(tm: &libc::tm) -> String {
    if tm.tm_zone.is_null() {
        return String::new();
    }
    // SAFETY: a non-null tm_zone set by the C library points to a NUL-terminated
    // string that lives as long as the time zone data (the whole process).
    unsafe { CStr::from_ptr(tm.tm_zone) }
        .to_string_lossy()
        .into_owned()
}

fn since_epoch() -> std::time::Duration {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
}

fn time(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "time", args, 0, 0)?;
    Ok(vm.float(since_epoch().as_secs_f64()))
}

fn time_ns(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "time_ns", args, 0, 0)?;
    Ok(vm.new_int(since_epoch().as_nanos().into()))
}

fn elapsed() -> std::time::Duration {
    // One origin for the whole process: every thread reads the same clock.
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}

fn perf_counter(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(vm.float(elapsed().as_secs_f64()))
}

fn perf_counter_ns(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(vm.new_int(elapsed().as_nanos().into()))
}

fn sleep(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "sleep", args, 1, 1)?;
    let s = vm.to_f64(args[0])?;
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.flush_out();
    if vm.green_threads_active() {
        // The other threads run meanwhile (CPython releases the GIL).
        vm.green_sleep(s)?;
        return Ok(Value::None);
    }
    // Ctrl-C ends the sleep at once with KeyboardInterrupt, as in CPython. Another
    // signal with a Python handler has it run during the sleep, which then goes on
    // for the time left unless the handler raised (PEP 475): the sleep is made in
    // slices with the pending signals checked between them.
    let end = std::time::Instant::now() + std::time::Duration::from_secs_f64(s.min(1e6));
    loop {
        let now = std::time::Instant::now();
        if now >= end {
            return Ok(Value::None);
        }
        let slice = (end - now).min(std::time::Duration::from_millis(20));
        if !crate::runtime::interrupt::sleep(slice) {
            return Err(vm.interrupted());
        }
        if crate::runtime::interrupt::pending() {
            vm.poll_attention()?;
        }
    }
}

fn out_of_range(vm: &mut Vm) -> crate::runtime::vm::PyErr {
    vm.overflow_error("timestamp out of range for platform time_t")
}

/// A seconds argument (CPython's `_PyTime_ObjectToTime_t`, rounding floats down);
/// `None` or absent is now.
fn secs_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<libc::time_t> {
    let v = match v {
        None | Some(Value::None) => return Ok(since_epoch().as_secs() as libc::time_t),
        Some(v) => v,
    };
    let n = match vm.scalar(vm.unwrap_payload(v)) {
        Scalar::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            let f = f.floor();
            if !(-9.2e18..9.2e18).contains(&f) {
                return Err(out_of_range(vm));
            }
            f as i64
        }
        _ => match vm.as_bigint(vm.unwrap_payload(v)) {
            Some(b) => match b.to_i64() {
                Some(i) => i,
                None => return Err(out_of_range(vm)),
            },
            None => match vm.index_dunder(v)? {
                Some(b) => b.to_i64().ok_or_else(|| out_of_range(vm))?,
                None => {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        tn
                    )));
                }
            },
        },
    };
    Ok(n as libc::time_t)
}

/// An all-zero `struct tm` (its zone pointer null).
fn zero_tm() -> libc::tm {
    // SAFETY: `libc::tm` is a plain C struct of integers and one pointer; all-zero is
    // a valid value for each (the pointer is null, which strftime accepts).
    unsafe { std::mem::zeroed() }
}

/// `gmtime_r` / `localtime_r` of `t`, None when the C library cannot represent it.
fn broken_down(t: libc::time_t, local: bool) -> Option<libc::tm> {
    let mut tm = zero_tm();
    // SAFETY: both functions only read `t` and write the `tm` we own; they return
    // null on failure, which we check.
    let r = unsafe {
        if local {
            libc::localtime_r(&t, &mut tm)
        } else {
            libc::gmtime_r(&t, &mut tm)
        }
    };
    (!r.is_null()).then_some(tm)
}

/// A `struct_time` for a C `struct tm` (Monday = 0, days of the year from 1).
fn struct_time_of(vm: &mut Vm, tm: &libc::tm) -> PyResult<Value> {
    let zone = zone_of(tm);
    let nums = [
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
    ];
    let mut items: Vec<Value> = nums.iter().map(|&n| vm.int(n)).collect();
    items.push(vm.new_str(zone));
    // c_long is i64 here but i32 on 32-bit targets.
    #[allow(clippy::unnecessary_cast)]
    let gmtoff = tm.tm_gmtoff as i64;
    items.push(vm.int(gmtoff));
    let seq = vm.new_tuple(items);
    let r = (|| {
        let m = vm.import_module("time")?;
        let cls = vm.get_attr(m, "struct_time");
        vm.decref(m);
        let cls = cls?;
        let r = vm.call_value(cls, &[seq], &[]);
        vm.decref(cls);
        r
    })();
    vm.decref(seq);
    r
}

fn convert(vm: &mut Vm, args: &[Value], name: &str, local: bool) -> PyResult<Value> {
    check_args(vm, name, args, 0, 1)?;
    let t = secs_arg(vm, args.first().copied())?;
    match broken_down(t, local) {
        Some(tm) => struct_time_of(vm, &tm),
        None => Err(out_of_range(vm)),
    }
}

fn gmtime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    convert(vm, args, "gmtime", false)
}

fn localtime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    convert(vm, args, "localtime", true)
}

/// A time tuple argument (CPython's `gettmarg`): a tuple (or struct_time) of nine
/// ints, converted to C's conventions; a struct_time also gives its zone.
fn tm_arg(vm: &mut Vm, v: Value, func: &str) -> PyResult<(libc::tm, Option<CString>)> {
    let p = vm.unwrap_payload(v);
    let is_tuple = matches!(p, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)));
    if !is_tuple {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    }
    let items = vm.seq_items(p).unwrap_or_default();
    let illegal = |vm: &mut Vm| vm.type_error(format!("{}(): illegal time tuple argument", func));
    if items.len() != 9 {
        return Err(illegal(vm));
    }
    let mut n = [0i64; 9];
    for (slot, &x) in n.iter_mut().zip(&items) {
        if matches!(vm.scalar(x), Scalar::Float(_)) {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        let i = int_arg(vm, x)?;
        // Each field is a C int (PyArg_ParseTuple's "i").
        if i > i32::MAX as i64 {
            return Err(vm.err("OverflowError", "signed integer is greater than maximum"));
        }
        if i < i32::MIN as i64 {
            return Err(vm.err("OverflowError", "signed integer is less than minimum"));
        }
        *slot = i;
    }
    let mut tm = zero_tm();
    tm.tm_year = (n[0] - 1900).clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    tm.tm_mon = (n[1] - 1) as i32;
    tm.tm_mday = n[2] as i32;
    tm.tm_hour = n[3] as i32;
    tm.tm_min = n[4] as i32;
    tm.tm_sec = n[5] as i32;
    tm.tm_wday = ((n[6] + 1) % 7) as i32;
    tm.tm_yday = (n[7] - 1) as i32;
    tm.tm_isdst = n[8] as i32;
    let mut zone = None;
    if !p.is(v) {
        // A struct_time: its tm_zone and tm_gmtoff (another tuple subclass may have
        // neither; a failed lookup's exception is dropped).
        if let Some(z) = optional_attr(vm, v, "tm_zone") {
            if let Some(s) = vm.as_str(z) {
                zone = CString::new(s.to_string()).ok();
            }
            vm.decref(z);
        }
        if let Some(g) = optional_attr(vm, v, "tm_gmtoff") {
            if let Some(i) = vm.as_i64(g) {
                // c_long is i64 here but i32 on 32-bit targets.
                #[allow(clippy::unnecessary_cast)]
                let off = i as libc::c_long;
                tm.tm_gmtoff = off;
            }
            vm.decref(g);
        }
    }
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    Ok((tm, zone))
}

/// `v.name` (owned), or None when it cannot be read (the exception released).
fn optional_attr(vm: &mut Vm, v: Value, name: &str) -> Option<Value> {
    match vm.get_attr(v, name) {
        Ok(x) => Some(x),
        Err(e) => {
            vm.decref(e.0);
            None
        }
    }
}

/// CPython's `checktm` with strftime's normalisation of zeros.
fn check_tm(vm: &mut Vm, tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    Ok(())
}

/// The current local time, or the given tuple, as a checked `struct tm`.
fn tm_or_now(vm: &mut Vm, v: Option<Value>, func: &str) -> PyResult<(libc::tm, Option<CString>)> {
    match v {
        Some(v) => {
            let (mut tm, z) = tm_arg(vm, v, func)?;
            check_tm(vm, &mut tm)?;
            Ok((tm, z))
        }
        None => {
            let now = since_epoch().as_secs() as libc::time_t;
            match broken_down(now, true) {
                Some(tm) => Ok((tm, None)),
                None => Err(out_of_range(vm)),
            }
        }
    }
}

fn mktime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "mktime", args, 1, 1)?;
    let (mut tm, _zone) = tm_arg(vm, args[0], "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: mktime reads and normalises the `tm` we own; -1 with tm_wday still -1
    // is its error return.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(vm.float(t as f64))
}

fn strftime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "strftime", args, 1, 2)?;
    let Some(fmt) = vm.as_str(args[0]).map(str::to_string) else {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {}", tn)));
    };
    let (tm, _zone) = tm_or_now(vm, args.get(1).copied(), "strftime")?;
    if fmt.is_empty() {
        return Ok(vm.new_str(""));
    }
    let Ok(cfmt) = CString::new(fmt.clone()) else {
        return Err(vm.value_error("embedded null character"));
    };
    let mut size = 1024usize.max(fmt.len() * 4);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes, `cfmt` is NUL-terminated and `tm`
        // is a valid struct (its zone pointer null or into `_zone`, alive here).
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                &tm,
            )
        };
        if n > 0 || size >= 256 * fmt.len().max(1) * 4 {
            buf.truncate(n);
            return Ok(vm.new_str(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 2;
    }
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// CPython's `_asctime`: `Thu Jan  1 00:00:00 1970`.
fn asctime_text(tm: &libc::tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn asctime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "asctime", args, 0, 1)?;
    let (tm, _zone) = tm_or_now(vm, args.first().copied(), "asctime")?;
    Ok(vm.new_str(asctime_text(&tm)))
}

fn ctime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "ctime", args, 0, 1)?;
    let t = secs_arg(vm, args.first().copied())?;
    match broken_down(t, true) {
        Some(tm) => Ok(vm.new_str(asctime_text(&tm))),
        None => Err(out_of_range(vm)),
    }
}
