//! `_mempy_zlib`: the native half of `zlib` (CPython's Modules/zlibmodule.c): the
//! zlib library itself, through `libz-sys` (the system libz when it has one, else
//! the zlib sources the crate ships). Using zlib rather than another deflate
//! implementation is what makes `compress` produce CPython's bytes exactly: the
//! deflate format leaves the encoder's choices open, and they differ between
//! implementations.
//!
//! Streams live in a table of this thread (as `subprocess` keeps its children) and
//! are named by their index; the Python half (`py/zlib.py`) holds the index in its
//! Compress/Decompress objects and ends the stream when they go away. A failing
//! call returns `(code, message or None)` and the Python half raises `zlib.error`
//! with CPython's wording.

use crate::runtime::builtins::{add_module_fns, new_module};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use libz_sys as z;
use std::cell::RefCell;
use std::os::raw::{c_int, c_uint, c_void};

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_mempy_zlib");
    add_module_fns(
        vm,
        d,
        "_mempy_zlib",
        &[
            ("crc32", crc32),
            ("adler32", adler32),
            ("deflate_init", deflate_init),
            ("inflate_init", inflate_init),
            ("deflate", deflate),
            ("inflate", inflate),
            ("copy", copy),
            ("end", end),
            ("version", version),
        ],
    );
    m
}

/// A zlib stream. The `z_stream` is boxed: zlib keeps a pointer back to it in its
/// internal state and checks it, so it must never move. It is None once the
/// stream has been completed and ended (a compressor after its Z_FINISH flush);
/// the table slot stays taken until the owner calls `end`, so a handle is never
/// reused while a Python object still holds it.
struct Stream {
    z: Option<Box<z::z_stream>>,
    deflating: bool,
    /// The preset dictionary of a decompressor, given to zlib when it asks.
    zdict: Option<Vec<u8>>,
}

impl Stream {
    /// Ends the zlib stream (once; later calls do nothing).
    fn finish(&mut self) {
        if let Some(mut zs) = self.z.take() {
            // SAFETY: the stream was initialised by deflateInit2_/inflateInit2_
            // (or a Copy) and, being taken out of the Option, is ended only once.
            unsafe {
                if self.deflating {
                    z::deflateEnd(&mut *zs);
                } else {
                    z::inflateEnd(&mut *zs);
                }
            }
        }
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        self.finish();
    }
}

thread_local! {
    static STREAMS: RefCell<Vec<Option<Stream>>> = const { RefCell::new(Vec::new()) };
}

unsafe extern "C" fn zalloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    // SAFETY: calloc with any sizes is sound; zlib checks for NULL.
    unsafe { libc::calloc(items as usize, size as usize) }
}

unsafe extern "C" fn zfree(_opaque: *mut c_void, p: *mut c_void) {
    // SAFETY: p came from zalloc (calloc) or is NULL.
    unsafe { libc::free(p) }
}

fn blank_stream() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc,
        zfree,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

fn store(s: Stream) -> i64 {
    STREAMS.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(i) = t.iter().position(|s| s.is_none()) {
            t[i] = Some(s);
            i as i64
        } else {
            t.push(Some(s));
            (t.len() - 1) as i64
        }
    })
}

/// Runs `f` on stream `h`; None if there is no such stream (ended).
fn with_stream<R>(h: i64, f: impl FnOnce(&mut Stream) -> R) -> Option<R> {
    STREAMS.with(|t| {
        let mut t = t.borrow_mut();
        let s = usize::try_from(h)
            .ok()
            .and_then(|i| t.get_mut(i))?
            .as_mut()?;
        Some(f(s))
    })
}

fn int_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<i64> {
    match args.get(i).and_then(|&v| vm.heap.small_i64(v)) {
        Some(n) => Ok(n),
        None => Err(vm.type_error("_mempy_zlib: int argument expected")),
    }
}

fn bytes_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<Vec<u8>> {
    match args.get(i).and_then(|&v| vm.bytes_data(v)) {
        Some(b) => Ok(b.to_vec()),
        None => Err(vm.type_error("_mempy_zlib: bytes argument expected")),
    }
}

/// The bytes argument `i`, or None for None.
fn opt_bytes_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<Option<Vec<u8>>> {
    match args.get(i) {
        Some(Value::None) | None => Ok(None),
        Some(_) => bytes_arg(vm, args, i).map(Some),
    }
}

/// `(code, message or None, what was being done or None)`: a failed call's
/// result (the last is set when it differs from the call's own activity).
fn failure(vm: &mut Vm, code: c_int, msg: Option<String>, doing: Option<&str>) -> Value {
    let c = vm.heap.int(i64::from(code));
    let m = match msg {
        Some(s) => vm.new_str(&s),
        None => Value::None,
    };
    let d = match doing {
        Some(s) => vm.new_str(s),
        None => Value::None,
    };
    vm.new_tuple(vec![c, m, d])
}

fn stream_msg(z: &z::z_stream) -> Option<String> {
    if z.msg.is_null() {
        return None;
    }
    // SAFETY: zlib's msg is NULL or a NUL-terminated static string.
    let s = unsafe { std::ffi::CStr::from_ptr(z.msg) };
    Some(s.to_string_lossy().into_owned())
}

fn checksum(
    vm: &mut Vm,
    args: &[Value],
    f: unsafe extern "C" fn(z::uLong, *const u8, z::uInt) -> z::uLong,
) -> PyResult<Value> {
    let data = bytes_arg(vm, args, 0)?;
    let mut value = int_arg(vm, args, 1)? as z::uLong;
    for chunk in data.chunks(1 << 30) {
        // SAFETY: chunk is a live slice of at most 2^30 bytes.
        value = unsafe { f(value, chunk.as_ptr(), chunk.len() as z::uInt) };
    }
    Ok(vm.heap.int((value & 0xffff_ffff) as i64))
}

/// `crc32(data, value)`: value is already reduced to 32 bits.
fn crc32(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    checksum(vm, args, z::crc32)
}

fn adler32(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    checksum(vm, args, z::adler32)
}

/// `version()`: the runtime zlib's version string.
fn version(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // SAFETY: zlibVersion returns a static NUL-terminated string.
    let v = unsafe { std::ffi::CStr::from_ptr(z::zlibVersion()) };
    let s = v.to_string_lossy().into_owned();
    Ok(vm.new_str(&s))
}

const STREAM_SIZE: c_int = std::mem::size_of::<z::z_stream>() as c_int;

/// `deflate_init(level, method, wbits, memlevel, strategy, zdict)`: a handle, or
/// the negative zlib error code.
fn deflate_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut p = [0 as c_int; 5];
    for (i, slot) in p.iter_mut().enumerate() {
        *slot = int_arg(vm, args, i)?.clamp(-99999, 99999) as c_int;
    }
    let zdict = opt_bytes_arg(vm, args, 5)?;
    let mut zs = blank_stream();
    // SAFETY: zs is a valid, boxed z_stream with allocators set.
    let err = unsafe {
        z::deflateInit2_(
            &mut *zs,
            p[0],
            p[1],
            p[2],
            p[3],
            p[4],
            z::zlibVersion(),
            STREAM_SIZE,
        )
    };
    if err != z::Z_OK {
        return Ok(vm.heap.int(i64::from(err)));
    }
    if let Some(d) = zdict {
        // SAFETY: the stream is initialised; d outlives the call.
        let err = unsafe { z::deflateSetDictionary(&mut *zs, d.as_ptr(), d.len() as c_uint) };
        if err != z::Z_OK {
            // SAFETY: initialised above, ended once here.
            unsafe { z::deflateEnd(&mut *zs) };
            return Ok(vm.heap.int(i64::from(err)));
        }
    }
    let s = Stream {
        z: Some(zs),
        deflating: true,
        zdict: None,
    };
    Ok(vm.heap.int(store(s)))
}

/// `inflate_init(wbits, zdict)`: a handle, or the negative zlib error code. A raw
/// stream (negative wbits) takes its dictionary at once; others when asked.
fn inflate_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let wbits = int_arg(vm, args, 0)?.clamp(-99999, 99999) as c_int;
    let zdict = opt_bytes_arg(vm, args, 1)?;
    let mut zs = blank_stream();
    // SAFETY: zs is a valid, boxed z_stream with allocators set.
    let err = unsafe { z::inflateInit2_(&mut *zs, wbits, z::zlibVersion(), STREAM_SIZE) };
    if err != z::Z_OK {
        return Ok(vm.heap.int(i64::from(err)));
    }
    if wbits < 0 {
        if let Some(d) = &zdict {
            // SAFETY: the stream is initialised; d outlives the call.
            let err = unsafe { z::inflateSetDictionary(&mut *zs, d.as_ptr(), d.len() as c_uint) };
            if err != z::Z_OK {
                // SAFETY: initialised above, ended once here.
                unsafe { z::inflateEnd(&mut *zs) };
                return Ok(vm.heap.int(i64::from(err)));
            }
        }
    }
    let s = Stream {
        z: Some(zs),
        deflating: false,
        zdict,
    };
    Ok(vm.heap.int(store(s)))
}

const CHUNK: usize = 16384;

/// `deflate(handle, data, mode)`: the output of compressing `data` with flush
/// `mode`; the stream is ended after Z_FINISH completes it.
fn deflate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let h = int_arg(vm, args, 0)?;
    let data = bytes_arg(vm, args, 1)?;
    let mode = int_arg(vm, args, 2)? as c_int;
    let r = with_stream(h, |s| {
        let zs = match (&mut s.z, s.deflating) {
            (Some(zs), true) => &mut **zs,
            _ => return Err((z::Z_STREAM_ERROR, None)),
        };
        let mut out: Vec<u8> = Vec::new();
        let mut input = &data[..];
        loop {
            let take = input.len().min(u32::MAX as usize);
            zs.next_in = input.as_ptr() as *mut u8;
            zs.avail_in = take as c_uint;
            let last_piece = take == input.len();
            let flush = if last_piece { mode } else { z::Z_NO_FLUSH };
            let err = loop {
                out.reserve(CHUNK);
                let before = out.len();
                // SAFETY: next_out points at CHUNK reserved bytes of `out`.
                zs.next_out = unsafe { out.as_mut_ptr().add(before) };
                zs.avail_out = CHUNK as c_uint;
                // SAFETY: the stream is initialised and its buffers are valid.
                let err = unsafe { z::deflate(zs, flush) };
                let made = CHUNK - zs.avail_out as usize;
                // SAFETY: deflate wrote `made` bytes there.
                unsafe { out.set_len(before + made) };
                if err == z::Z_STREAM_ERROR {
                    return Err((err, stream_msg(zs)));
                }
                if zs.avail_out != 0 {
                    break err;
                }
            };
            input = &input[take - zs.avail_in as usize..];
            if last_piece {
                zs.next_in = std::ptr::null_mut();
                zs.avail_in = 0;
                return Ok((out, err == z::Z_STREAM_END));
            }
        }
    });
    match r {
        None => Ok(failure(vm, z::Z_STREAM_ERROR, None, None)),
        Some(Err((code, msg))) => Ok(failure(vm, code, msg, None)),
        Some(Ok((out, ended))) => {
            if ended && mode == z::Z_FINISH {
                with_stream(h, Stream::finish);
            }
            Ok(vm.new_bytes(out))
        }
    }
}

/// `inflate(handle, data, max_length, mode)`: `(output, bytes of data consumed,
/// stream ended)`; output stops at max_length bytes when that is positive.
fn inflate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let h = int_arg(vm, args, 0)?;
    let data = bytes_arg(vm, args, 1)?;
    let max = int_arg(vm, args, 2)?.max(0) as usize;
    let mode = int_arg(vm, args, 3)? as c_int;
    let r = with_stream(h, |s| {
        let zdict = s.zdict.clone();
        let zs = match (&mut s.z, s.deflating) {
            (Some(zs), false) => &mut **zs,
            _ => return Err((z::Z_STREAM_ERROR, None, None)),
        };
        zs.next_in = data.as_ptr() as *mut u8;
        zs.avail_in = data.len().min(u32::MAX as usize) as c_uint;
        let mut out: Vec<u8> = Vec::new();
        let mut ended = false;
        loop {
            let room = if max > 0 {
                (max - out.len()).min(CHUNK.max(out.len()))
            } else {
                CHUNK.max(out.len())
            };
            out.reserve(room);
            let before = out.len();
            // SAFETY: next_out points at `room` reserved bytes of `out`.
            zs.next_out = unsafe { out.as_mut_ptr().add(before) };
            zs.avail_out = room as c_uint;
            // SAFETY: the stream is initialised and its buffers are valid.
            let err = unsafe { z::inflate(zs, mode) };
            let made = room - zs.avail_out as usize;
            // SAFETY: inflate wrote `made` bytes there.
            unsafe { out.set_len(before + made) };
            match err {
                z::Z_OK | z::Z_BUF_ERROR => {
                    // Out of input (or no progress possible): done for now.
                    if zs.avail_out != 0 || (max > 0 && out.len() >= max) {
                        break;
                    }
                }
                z::Z_STREAM_END => {
                    ended = true;
                    break;
                }
                z::Z_NEED_DICT => match &zdict {
                    Some(d) => {
                        // SAFETY: the stream is initialised; d outlives the call.
                        let e =
                            unsafe { z::inflateSetDictionary(zs, d.as_ptr(), d.len() as c_uint) };
                        if e != z::Z_OK {
                            return Err((e, stream_msg(zs), Some("while setting zdict")));
                        }
                    }
                    None => return Err((err, stream_msg(zs), None)),
                },
                _ => return Err((err, stream_msg(zs), None)),
            }
        }
        let consumed = data.len().min(u32::MAX as usize) - zs.avail_in as usize;
        zs.next_in = std::ptr::null_mut();
        zs.avail_in = 0;
        Ok((out, consumed, ended))
    });
    match r {
        None => Ok(failure(vm, z::Z_STREAM_ERROR, None, None)),
        Some(Err((code, msg, doing))) => Ok(failure(vm, code, msg, doing)),
        Some(Ok((out, consumed, ended))) => {
            let o = vm.new_bytes(out);
            let c = vm.heap.int(consumed as i64);
            Ok(vm.new_tuple(vec![o, c, Value::Bool(ended)]))
        }
    }
}

/// `copy(handle)`: a handle to a copy of the stream's state, or the negative
/// zlib error code.
fn copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let h = int_arg(vm, args, 0)?;
    let r = with_stream(h, |s| {
        let src = match &mut s.z {
            Some(src) => &mut **src,
            None => return Err(z::Z_STREAM_ERROR),
        };
        let mut zs = blank_stream();
        // SAFETY: the source is an initialised stream; zs is a blank one.
        let err = unsafe {
            if s.deflating {
                z::deflateCopy(&mut *zs, src)
            } else {
                z::inflateCopy(&mut *zs, src)
            }
        };
        if err != z::Z_OK {
            return Err(err);
        }
        Ok(Stream {
            z: Some(zs),
            deflating: s.deflating,
            zdict: s.zdict.clone(),
        })
    });
    match r {
        None => Ok(vm.heap.int(i64::from(z::Z_STREAM_ERROR))),
        Some(Err(e)) => Ok(vm.heap.int(i64::from(e))),
        Some(Ok(s)) => Ok(vm.heap.int(store(s))),
    }
}

fn drop_stream(h: i64) {
    let taken = STREAMS.with(|t| {
        let mut t = t.borrow_mut();
        usize::try_from(h)
            .ok()
            .and_then(|i| t.get_mut(i))
            .and_then(|slot| slot.take())
    });
    drop(taken);
}

/// `end(handle)`: ends the stream (nothing if it has ended already).
fn end(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let h = int_arg(vm, args, 0)?;
    drop_stream(h);
    Ok(Value::None)
}
