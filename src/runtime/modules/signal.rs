//! The `_signal` module (CPython's Modules/signalmodule.c): Python-level signal
//! handlers, `getsignal`, `default_int_handler`, `alarm`, `raise_signal`,
//! `strsignal`, `valid_signals`, and the signal numbers. The `signal` module on top
//! (the `Signals`/`Handlers` enums) is Python (`py/signal.py`).
//!
//! As in CPython, the C-level handler only records the signal (an atomic bit, see
//! `runtime/interrupt.rs`); the Python handler runs later in the main flow, at the
//! VM's next poll point (a loop back-edge or a call), with `(signum, frame)`.
//! SIGINT keeps mempy's own C handler: with `default_int_handler` installed (the
//! start-up state) it raises KeyboardInterrupt as before; another Python handler
//! is called instead.

use crate::runtime::builtins::{add_fns, check_args, new_module, set_in};
use crate::runtime::interrupt;
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// One more than the highest signal number (Linux: 64 signals).
pub const NSIG: usize = 65;

/// The signal numbers the module exports (Linux values, from libc).
const SIGNALS: &[(&str, libc::c_int)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
];

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_signal");
    add_fns(
        vm,
        d,
        &[
            ("signal", signal),
            ("getsignal", getsignal),
            ("default_int_handler", default_int_handler),
            ("alarm", alarm),
            ("raise_signal", raise_signal),
            ("strsignal", strsignal),
            ("valid_signals", valid_signals),
            ("setitimer", setitimer),
            ("getitimer", getitimer),
        ],
    );
    // `signal.ItimerError` is OSError's subclass in CPython; an alias of OSError
    // here keeps `except signal.ItimerError` and `except OSError` both working.
    let ose = vm.exc_type("OSError");
    vm.heap.incref_obj(ose);
    set_in(vm, d, "ItimerError", Value::Obj(ose));
    for &(name, n) in SIGNALS {
        let v = vm.int(n as i64);
        set_in(vm, d, name, v);
    }
    for (name, n) in [
        ("SIG_DFL", 0),
        ("SIG_IGN", 1),
        ("NSIG", NSIG as i64),
        ("SIGRTMIN", libc::SIGRTMIN() as i64),
        ("SIGRTMAX", libc::SIGRTMAX() as i64),
        ("SIG_BLOCK", libc::SIG_BLOCK as i64),
        ("SIG_UNBLOCK", libc::SIG_UNBLOCK as i64),
        ("SIG_SETMASK", libc::SIG_SETMASK as i64),
        ("ITIMER_REAL", libc::ITIMER_REAL as i64),
        ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL as i64),
        ("ITIMER_PROF", libc::ITIMER_PROF as i64),
    ] {
        let v = vm.int(n);
        set_in(vm, d, name, v);
    }
    // SIGINT starts with `default_int_handler` (mempy's C handler is installed at
    // start-up), as CPython's.
    if vm.signal_handlers.is_empty() {
        vm.signal_handlers = vec![Value::None; NSIG];
    }
    if matches!(vm.signal_handlers[libc::SIGINT as usize], Value::None) {
        let k = vm.intern("default_int_handler");
        if let Ok(Some(h)) = vm.dict_get_item(Value::Obj(d), k) {
            vm.signal_handlers[libc::SIGINT as usize] = h;
        }
    }
    m
}

/// The signal number argument, checked (`signal number out of range`).
fn signum_arg(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let n = crate::runtime::builtins::int_arg(vm, v)?;
    if n < 1 || n >= NSIG as i64 {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as usize)
}

/// The handler recorded for `sig`, or what the process started with (SIG_DFL or
/// SIG_IGN as ints; None for a C handler mempy did not install).
fn current_handler(vm: &mut Vm, sig: usize) -> Value {
    if let Some(&h) = vm.signal_handlers.get(sig) {
        if !matches!(h, Value::None) {
            vm.incref(h);
            return h;
        }
    }
    match interrupt::os_disposition(sig as libc::c_int) {
        Some(n) => vm.int(n),
        None => Value::None,
    }
}

/// `signal.signal(signalnum, handler)`: installs `handler` (SIG_DFL, SIG_IGN or a
/// callable) and returns the previous one.
fn signal(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "signal", args, 2, 2)?;
    let sig = signum_arg(vm, args[0])?;
    let h = args[1];
    let action = match vm.as_i64(h) {
        Some(0) if !matches!(h, Value::Bool(_)) => interrupt::Disposition::Default,
        Some(1) if !matches!(h, Value::Bool(_)) => interrupt::Disposition::Ignore,
        _ if matches!(
            crate::runtime::builtins::namespace::callable(vm, &[h], &[])?,
            Value::Bool(true)
        ) =>
        {
            interrupt::Disposition::Python
        }
        _ => {
            return Err(vm.type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
    };
    if sig == libc::SIGKILL as usize || sig == libc::SIGSTOP as usize {
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(vm.os_error(&e, None));
    }
    // The previous handler is read before the new one goes in.
    let old = current_handler(vm, sig);
    if let Err(e) = interrupt::set_disposition(sig as libc::c_int, action) {
        vm.decref(old);
        return Err(vm.os_error(&e, None));
    }
    if vm.signal_handlers.is_empty() {
        vm.signal_handlers = vec![Value::None; NSIG];
    }
    vm.incref(h);
    let prev = std::mem::replace(&mut vm.signal_handlers[sig], h);
    vm.decref(prev);
    Ok(old)
}

/// `signal.getsignal(signalnum)`.
fn getsignal(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getsignal", args, 1, 1)?;
    let sig = signum_arg(vm, args[0])?;
    Ok(current_handler(vm, sig))
}

/// `signal.default_int_handler(signalnum, frame)`: raises KeyboardInterrupt.
fn default_int_handler(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Err(vm.err_noargs("KeyboardInterrupt"))
}

/// `signal.alarm(seconds)`: schedules SIGALRM; returns the seconds left of the
/// previous alarm.
fn alarm(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "alarm", args, 1, 1)?;
    let secs = crate::runtime::builtins::int_arg(vm, args[0])?;
    let secs = secs.clamp(0, u32::MAX as i64) as libc::c_uint;
    // SAFETY: alarm(2) only sets the process's timer.
    let left = unsafe { libc::alarm(secs) };
    Ok(vm.int(left as i64))
}

/// An `itimerval` as CPython's `itimer_retval`: `(delay, interval)` in seconds.
fn itimer_tuple(vm: &mut Vm, v: &libc::itimerval) -> Value {
    let secs = |t: &libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    let a = vm.float(secs(&v.it_value));
    let b = vm.float(secs(&v.it_interval));
    vm.new_tuple(vec![a, b])
}

/// Seconds as a `timeval`, rounded up to the next microsecond as CPython's
/// `timeval_from_double` does (a positive delay never becomes zero).
fn timeval_of(s: f64) -> libc::timeval {
    let us = (s * 1e6).ceil().max(0.0);
    libc::timeval {
        tv_sec: (us / 1e6).floor() as libc::time_t,
        tv_usec: (us % 1e6) as libc::suseconds_t,
    }
}

/// `signal.setitimer(which, seconds, interval=0.0)`: arms the interval timer and
/// returns the previous `(delay, interval)`.
fn setitimer(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "setitimer", args, 2, 3)?;
    let which = crate::runtime::builtins::int_arg(vm, args[0])?;
    let secs = vm.to_f64(args[1])?;
    let interval = match args.get(2) {
        Some(&v) => vm.to_f64(v)?,
        None => 0.0,
    };
    let new = libc::itimerval {
        it_value: timeval_of(secs),
        it_interval: timeval_of(interval),
    };
    let mut old = libc::itimerval {
        it_value: timeval_of(0.0),
        it_interval: timeval_of(0.0),
    };
    // SAFETY: setitimer(2) reads `new` and writes `old`, both valid for the call.
    if unsafe { libc::setitimer(which as libc::c_int, &new, &mut old) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(vm.os_error(&e, None));
    }
    Ok(itimer_tuple(vm, &old))
}

/// `signal.getitimer(which)`: the timer's `(delay, interval)`.
fn getitimer(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "getitimer", args, 1, 1)?;
    let which = crate::runtime::builtins::int_arg(vm, args[0])?;
    let mut cur = libc::itimerval {
        it_value: timeval_of(0.0),
        it_interval: timeval_of(0.0),
    };
    // SAFETY: getitimer(2) writes `cur`, valid for the call.
    if unsafe { libc::getitimer(which as libc::c_int, &mut cur) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(vm.os_error(&e, None));
    }
    Ok(itimer_tuple(vm, &cur))
}

/// `signal.raise_signal(signalnum)`: sends the signal to the process and, like
/// CPython, runs its Python handler before returning.
fn raise_signal(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "raise_signal", args, 1, 1)?;
    let sig = signum_arg(vm, args[0])?;
    // SAFETY: raise(3) with a valid signal number.
    if unsafe { libc::raise(sig as libc::c_int) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(vm.os_error(&e, None));
    }
    if interrupt::pending() {
        vm.poll_attention()?;
    }
    Ok(Value::None)
}

/// `signal.strsignal(signalnum)`: the system's description, or None.
fn strsignal(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "strsignal", args, 1, 1)?;
    let sig = signum_arg(vm, args[0])?;
    // SAFETY: strsignal returns a pointer to a NUL-terminated string (static or
    // thread-local), read at once.
    let p = unsafe { libc::strsignal(sig as libc::c_int) };
    if p.is_null() {
        return Ok(Value::None);
    }
    // SAFETY: non-null, NUL-terminated (above).
    let s = unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned();
    if s.starts_with("Unknown signal") || s.starts_with("Real-time signal") {
        return Ok(Value::None);
    }
    Ok(vm.new_str(s))
}

/// `signal.valid_signals()`: the signal numbers of this platform, as a set.
fn valid_signals(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "valid_signals", args, 0, 0)?;
    let set = vm.heap.new_value(Obj::Set(Box::default()));
    // glibc reserves 32 and 33 for its threads (sigfillset leaves them out).
    for n in (1..NSIG as i64).filter(|&n| n != 32 && n != 33) {
        let v = vm.int(n);
        let r = vm.set_add(set, v);
        vm.decref(v);
        if let Err(e) = r {
            vm.decref(set);
            return Err(e);
        }
    }
    Ok(set)
}
