//! `_subprocess`, the native half of `subprocess` (CPython's Modules/_posixsubprocess.c
//! and the pipe plumbing of Lib/subprocess.py's POSIX `Popen`): starting a child
//! process with `std::process`, the pipes to and from it, waiting for it and signalling
//! it. The Python half (`py/subprocess.py`) builds `Popen`, `run` and the exceptions on
//! these functions; it passes arguments as bytes (already `os.fsencode`d) and
//! descriptors as CPython's constants, so this file never sees a Python object model
//! beyond bytes, ints and floats.
//!
//! A child is named by a handle (an index into a per-interpreter table) until
//! `release`. Its pipes are ours to read and write; `communicate` hands them to helper
//! OS threads that feed the input and collect the output, so a child writing more than
//! a pipe holds cannot deadlock against us, and a timeout can leave them running for a
//! later call (as CPython keeps reading after `TimeoutExpired`). Waits poll in short
//! slices so that Ctrl-C interrupts them.

use crate::runtime::builtins::{add_fns, check_args, int_arg, new_module};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyErr, PyResult, Vm};
use crate::value::Value;
use std::cell::RefCell;
use std::ffi::OsStr;
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, TryRecvError};
use std::time::{Duration, Instant};

/// CPython's `subprocess.PIPE`, `STDOUT` and `DEVNULL`; `INHERIT` stands for None.
const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;
const INHERIT: i64 = -4;

/// One child: the process, our ends of its pipes, and the state of `communicate`.
struct Proc {
    child: Child,
    returncode: Option<i64>,
    stdin: Option<File>,
    stdout: Option<File>,
    stderr: Option<File>,
    /// The collectors `communicate` started (one per output pipe), then their results.
    out_rx: Option<Receiver<Vec<u8>>>,
    err_rx: Option<Receiver<Vec<u8>>>,
    out_done: Option<Vec<u8>>,
    err_done: Option<Vec<u8>>,
    communicating: bool,
}

thread_local! {
    static PROCS: RefCell<Vec<Option<Proc>>> = const { RefCell::new(Vec::new()) };
}

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_subprocess");
    add_fns(
        vm,
        d,
        &[
            ("spawn", spawn),
            ("wait", wait),
            ("poll", poll),
            ("read", read),
            ("write", write),
            ("close", close),
            ("communicate", communicate),
            ("send_signal", send_signal),
            ("release", release),
        ],
    );
    m
}

fn with_proc<T>(vm: &mut Vm, h: Value, f: impl FnOnce(&mut Proc) -> T) -> PyResult<T> {
    let i = int_arg(vm, h)?;
    let r = PROCS.with(|p| {
        let mut p = p.borrow_mut();
        usize::try_from(i)
            .ok()
            .and_then(|i| p.get_mut(i))
            .and_then(|slot| slot.as_mut())
            .map(f)
    });
    r.ok_or_else(|| vm.value_error("invalid subprocess handle"))
}

fn bytes_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<Vec<u8>> {
    match vm.bytes_data(v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{what} must be bytes, not {tn}")))
        }
    }
}

fn opt_bytes(vm: &mut Vm, v: Value, what: &str) -> PyResult<Option<Vec<u8>>> {
    if matches!(v, Value::None) {
        return Ok(None);
    }
    bytes_arg(vm, v, what).map(Some)
}

fn bytes_list(vm: &mut Vm, v: Value, what: &str) -> PyResult<Vec<Vec<u8>>> {
    let Some(items) = vm.seq_items(v) else {
        return Err(vm.type_error(format!("{what} must be a tuple of bytes")));
    };
    items.into_iter().map(|x| bytes_arg(vm, x, what)).collect()
}

/// A timeout argument in seconds; negative means none.
fn timeout_arg(vm: &mut Vm, v: Value) -> PyResult<Option<Duration>> {
    if matches!(v, Value::None) {
        return Ok(None);
    }
    let t = vm.to_f64(v)?;
    if t < 0.0 {
        return Ok(None);
    }
    Ok(Some(Duration::from_secs_f64(t.min(1e9))))
}

/// A fresh pipe, both ends closed on exec: (read end, write end).
fn pipe(vm: &mut Vm) -> PyResult<(OwnedFd, OwnedFd)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: pipe2 fills the two descriptors it creates, which we then own.
    let rc = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    if rc != 0 {
        return Err(vm.os_error(&std::io::Error::last_os_error(), None));
    }
    // SAFETY: both descriptors were just created and are owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// A duplicate of descriptor `fd` (closed on exec) for the child to use.
fn dup_fd(vm: &mut Vm, fd: i64) -> PyResult<OwnedFd> {
    let fd = libc::c_int::try_from(fd).map_err(|_| vm.value_error("bad file descriptor"))?;
    // SAFETY: F_DUPFD_CLOEXEC returns a new descriptor or -1; it does not touch memory.
    let n = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if n < 0 {
        return Err(vm.os_error(&std::io::Error::last_os_error(), None));
    }
    // SAFETY: `n` is a descriptor we have just created.
    Ok(unsafe { OwnedFd::from_raw_fd(n) })
}

fn devnull(vm: &mut Vm, write: bool) -> PyResult<OwnedFd> {
    let f = std::fs::OpenOptions::new()
        .read(!write)
        .write(write)
        .open("/dev/null");
    match f {
        Ok(f) => Ok(OwnedFd::from(f)),
        Err(e) => Err(vm.os_error(&e, None)),
    }
}

/// What the child gets for one of its standard streams, and our end of a pipe.
/// `write` is true when the child writes to it (stdout, stderr).
fn child_end(vm: &mut Vm, mode: i64, write: bool) -> PyResult<(Option<OwnedFd>, Option<File>)> {
    Ok(match mode {
        INHERIT => (None, None),
        PIPE => {
            let (r, w) = pipe(vm)?;
            if write {
                (Some(w), Some(File::from(r)))
            } else {
                (Some(r), Some(File::from(w)))
            }
        }
        DEVNULL => (Some(devnull(vm, write)?), None),
        fd if fd >= 0 => (Some(dup_fd(vm, fd)?), None),
        _ => return Err(vm.value_error("invalid standard stream argument")),
    })
}

/// spawn(argv, executable, cwd, env, stdin, stdout, stderr, start_new_session)
/// -> (handle, pid, stdin is a pipe, stdout is a pipe, stderr is a pipe)
fn spawn(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "spawn", args, 8, 8)?;
    let argv = bytes_list(vm, args[0], "argv")?;
    if argv.is_empty() {
        return Err(vm.value_error("args must not be empty"));
    }
    let executable = opt_bytes(vm, args[1], "executable")?;
    let cwd = opt_bytes(vm, args[2], "cwd")?;
    let env = if matches!(args[3], Value::None) {
        None
    } else {
        Some(bytes_list(vm, args[3], "env")?)
    };
    let modes = [
        int_arg(vm, args[4])?,
        int_arg(vm, args[5])?,
        int_arg(vm, args[6])?,
    ];
    let new_session = vm.truthy(args[7])?;

    let prog = executable.clone().unwrap_or_else(|| argv[0].clone());
    let mut cmd = Command::new(OsStr::from_bytes(&prog));
    cmd.arg0(OsStr::from_bytes(&argv[0]));
    cmd.args(argv[1..].iter().map(|a| OsStr::from_bytes(a)));
    if let Some(dir) = &cwd {
        // CPython reports a bad working directory by its own name.
        let path = std::path::Path::new(OsStr::from_bytes(dir));
        let problem = match std::fs::metadata(path) {
            Err(e) => Some(e),
            Ok(m) if !m.is_dir() => Some(std::io::Error::from_raw_os_error(libc::ENOTDIR)),
            Ok(_) => None,
        };
        if let Some(e) = problem {
            let name = vm.new_str(String::from_utf8_lossy(dir).into_owned());
            let err = vm.os_error(&e, Some(name));
            vm.decref(name);
            return Err(err);
        }
        cmd.current_dir(path);
    }
    if let Some(env) = env {
        cmd.env_clear();
        for pair in env.chunks(2) {
            if let [k, v] = pair {
                cmd.env(OsStr::from_bytes(k), OsStr::from_bytes(v));
            }
        }
    }
    if new_session {
        // SAFETY: setsid is async-signal-safe and touches no memory of ours.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    let (in_child, stdin) = child_end(vm, modes[0], false)?;
    let (out_child, stdout) = child_end(vm, modes[1], true)?;
    let (err_child, stderr) = if modes[2] == STDOUT {
        // Into whatever the child's stdout is: a copy of that descriptor, or of ours.
        let fd = match &out_child {
            Some(fd) => fd.try_clone().map_err(|e| vm.os_error(&e, None))?,
            None => dup_fd(vm, 1)?,
        };
        (Some(fd), None)
    } else {
        child_end(vm, modes[2], true)?
    };
    if let Some(fd) = in_child {
        cmd.stdin(Stdio::from(fd));
    }
    if let Some(fd) = out_child {
        cmd.stdout(Stdio::from(fd));
    }
    if let Some(fd) = err_child {
        cmd.stderr(Stdio::from(fd));
    }
    let child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            let name = vm.new_str(String::from_utf8_lossy(&prog).into_owned());
            let err = vm.os_error(&e, Some(name));
            vm.decref(name);
            return Err(err);
        }
    };
    // The child holds its ends now; `cmd` (dropped here) closes our copies of them.
    drop(cmd);
    let pid = i64::from(child.id());
    let pipes = [stdin.is_some(), stdout.is_some(), stderr.is_some()];
    let proc = Proc {
        child,
        returncode: None,
        stdin,
        stdout,
        stderr,
        out_rx: None,
        err_rx: None,
        out_done: None,
        err_done: None,
        communicating: false,
    };
    let handle = PROCS.with(|p| {
        let mut p = p.borrow_mut();
        if let Some(i) = p.iter().position(|s| s.is_none()) {
            p[i] = Some(proc);
            i
        } else {
            p.push(Some(proc));
            p.len() - 1
        }
    });
    let items = vec![
        vm.int(handle as i64),
        vm.int(pid),
        Value::Bool(pipes[0]),
        Value::Bool(pipes[1]),
        Value::Bool(pipes[2]),
    ];
    Ok(vm.new_tuple(items))
}

/// CPython's returncode: the exit status, or minus the signal that ended the child.
fn returncode_of(st: std::process::ExitStatus) -> i64 {
    match st.code() {
        Some(c) => i64::from(c),
        None => -i64::from(st.signal().unwrap_or(0)),
    }
}

/// Reaps the child if it has ended; its returncode then.
fn try_reap(p: &mut Proc) -> std::io::Result<Option<i64>> {
    if p.returncode.is_none() {
        if let Some(st) = p.child.try_wait()? {
            p.returncode = Some(returncode_of(st));
        }
    }
    Ok(p.returncode)
}

/// Polls `ready` until it answers true (Ok(true)), the deadline passes (Ok(false)) or
/// Ctrl-C is pressed (Err), sleeping a little longer between tries each time.
fn poll_until(
    vm: &mut Vm,
    timeout: Option<Duration>,
    mut ready: impl FnMut(&mut Vm) -> PyResult<bool>,
) -> PyResult<bool> {
    let deadline = timeout.map(|t| Instant::now() + t);
    let mut nap = Duration::from_micros(200);
    loop {
        if ready(vm)? {
            return Ok(true);
        }
        let mut step = nap;
        if let Some(d) = deadline {
            let now = Instant::now();
            if now >= d {
                return Ok(false);
            }
            step = step.min(d - now);
        }
        if !crate::runtime::interrupt::sleep(step) {
            return Err(vm.interrupted());
        }
        nap = (nap * 2).min(Duration::from_millis(20));
    }
}

fn io_err(vm: &mut Vm, e: std::io::Error) -> PyErr {
    vm.os_error(&e, None)
}

/// wait(handle, timeout) -> returncode, or None when the timeout passed first.
fn wait(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "wait", args, 2, 2)?;
    let h = args[0];
    let timeout = timeout_arg(vm, args[1])?;
    let mut rc = None;
    poll_until(vm, timeout, |vm| {
        let r = with_proc(vm, h, try_reap)?;
        rc = r.map_err(|e| io_err(vm, e))?;
        Ok(rc.is_some())
    })?;
    Ok(rc.map_or(Value::None, |c| vm.int(c)))
}

/// poll(handle) -> returncode, or None while the child runs.
fn poll(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "poll", args, 1, 1)?;
    let r = with_proc(vm, args[0], try_reap)?;
    match r {
        Ok(Some(c)) => Ok(vm.int(c)),
        Ok(None) => Ok(Value::None),
        Err(e) => Err(io_err(vm, e)),
    }
}

fn pipe_of(p: &mut Proc, which: i64) -> Option<&mut File> {
    match which {
        0 => p.stdin.as_mut(),
        1 => p.stdout.as_mut(),
        _ => p.stderr.as_mut(),
    }
}

/// read(handle, which, n) -> up to n bytes from the child's stdout (1) or stderr (2)
/// in one read, or everything to the end when n is negative; b'' at the end.
fn read(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "read", args, 3, 3)?;
    let which = int_arg(vm, args[1])?;
    let n = int_arg(vm, args[2])?;
    let r = with_proc(vm, args[0], |p| {
        let Some(f) = pipe_of(p, which) else {
            return Err(None);
        };
        let mut buf = Vec::new();
        let res = if n < 0 {
            f.read_to_end(&mut buf).map(|_| ())
        } else {
            buf.resize(n as usize, 0);
            loop {
                match f.read(&mut buf) {
                    Ok(k) => {
                        buf.truncate(k);
                        break Ok(());
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => break Err(e),
                }
            }
        };
        res.map(|_| buf).map_err(Some)
    })?;
    match r {
        Ok(b) => Ok(vm.new_bytes(b)),
        Err(None) => Err(vm.value_error("read of closed file")),
        Err(Some(e)) => Err(io_err(vm, e)),
    }
}

/// write(handle, data) -> the number of bytes written to the child's stdin (all).
fn write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "write", args, 2, 2)?;
    let data = bytes_arg(vm, args[1], "data")?;
    let r = with_proc(vm, args[0], |p| match p.stdin.as_mut() {
        None => Err(None),
        Some(f) => f.write_all(&data).map_err(Some),
    })?;
    match r {
        Ok(()) => Ok(vm.int(data.len() as i64)),
        Err(None) => Err(vm.value_error("write to closed file")),
        Err(Some(e)) => Err(io_err(vm, e)),
    }
}

/// close(handle, which): closes our end of the child's stdin (0), stdout (1) or
/// stderr (2).
fn close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "close", args, 2, 2)?;
    let which = int_arg(vm, args[1])?;
    with_proc(vm, args[0], |p| match which {
        0 => p.stdin = None,
        1 => p.stdout = None,
        _ => p.stderr = None,
    })?;
    Ok(Value::None)
}

/// A helper thread reading `f` to its end; the bytes arrive on the receiver.
fn collector(mut f: File) -> Receiver<Vec<u8>> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = f.read_to_end(&mut buf);
        let _ = tx.send(buf);
    });
    rx
}

/// Takes a collector's result if it has arrived; true when nothing is left to wait for.
fn settle(rx: &mut Option<Receiver<Vec<u8>>>, done: &mut Option<Vec<u8>>) -> bool {
    let Some(r) = rx else { return true };
    match r.try_recv() {
        Ok(b) => {
            *done = Some(b);
            *rx = None;
            true
        }
        Err(TryRecvError::Empty) => false,
        Err(TryRecvError::Disconnected) => {
            done.get_or_insert_with(Vec::new);
            *rx = None;
            true
        }
    }
}

/// communicate(handle, input, timeout) -> (stdout bytes or None, stderr bytes or None)
/// once the output pipes are at their end and the child has ended; None when the
/// timeout passed first (a later call goes on where this one stopped).
fn communicate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "communicate", args, 3, 3)?;
    let h = args[0];
    let input = opt_bytes(vm, args[1], "input")?;
    let timeout = timeout_arg(vm, args[2])?;
    let outputs = with_proc(vm, h, |p| {
        if !p.communicating {
            p.communicating = true;
            if let Some(mut f) = p.stdin.take() {
                match input {
                    // The child may stop reading early (a broken pipe is no error
                    // here, as in CPython); the pipe closes when the writer ends.
                    Some(data) if !data.is_empty() => {
                        std::thread::spawn(move || {
                            let _ = f.write_all(&data);
                        });
                    }
                    _ => drop(f),
                }
            }
            if let Some(f) = p.stdout.take() {
                p.out_rx = Some(collector(f));
            } else {
                p.out_done = None;
            }
            if let Some(f) = p.stderr.take() {
                p.err_rx = Some(collector(f));
            }
        }
        (
            p.out_rx.is_some() || p.out_done.is_some(),
            p.err_rx.is_some() || p.err_done.is_some(),
        )
    })?;
    let finished = poll_until(vm, timeout, |vm| {
        let r = with_proc(vm, h, |p| {
            let a = settle(&mut p.out_rx, &mut p.out_done);
            let b = settle(&mut p.err_rx, &mut p.err_done);
            if a && b {
                try_reap(p).map(|rc| rc.is_some())
            } else {
                Ok(false)
            }
        })?;
        r.map_err(|e| io_err(vm, e))
    })?;
    if !finished {
        return Ok(Value::None);
    }
    let (out, err) = with_proc(vm, h, |p| (p.out_done.take(), p.err_done.take()))?;
    let out = match out {
        Some(b) => vm.new_bytes(b),
        None if outputs.0 => vm.new_bytes(Vec::new()),
        None => Value::None,
    };
    let err = match err {
        Some(b) => vm.new_bytes(b),
        None if outputs.1 => vm.new_bytes(Vec::new()),
        None => Value::None,
    };
    Ok(vm.new_tuple(vec![out, err]))
}

/// send_signal(handle, sig): signals the child unless it has already been reaped
/// (then its process id may belong to someone else).
fn send_signal(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "send_signal", args, 2, 2)?;
    let sig = int_arg(vm, args[1])?;
    let sig =
        libc::c_int::try_from(sig).map_err(|_| vm.value_error("signal number out of range"))?;
    let r = with_proc(vm, args[0], |p| {
        if p.returncode.is_some() {
            return Ok(());
        }
        let pid = p.child.id() as libc::pid_t;
        // SAFETY: kill only sends a signal; the child is not reaped, so `pid` is ours.
        if unsafe { libc::kill(pid, sig) } != 0 {
            let e = std::io::Error::last_os_error();
            if e.raw_os_error() != Some(libc::ESRCH) {
                return Err(e);
            }
        }
        Ok(())
    })?;
    r.map_err(|e| io_err(vm, e))?;
    Ok(Value::None)
}

/// release(handle): forgets the child (our pipe ends close; a running child goes on).
fn release(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "release", args, 1, 1)?;
    let i = int_arg(vm, args[0])?;
    PROCS.with(|p| {
        if let Some(slot) = usize::try_from(i)
            .ok()
            .and_then(|i| p.borrow_mut().get_mut(i).map(std::mem::take))
        {
            drop(slot);
        }
    });
    Ok(Value::None)
}
