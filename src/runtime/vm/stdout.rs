//! The two layers of python3's buffered stdout: the text layer (`TextIOWrapper`'s
//! pending text, `Vm::out`) over the binary layer (`sys.stdout.buffer`, a
//! `BufferedWriter`), each holding up to 8 KiB. `print` and `sys.stdout.write` fill
//! the text layer; `sys.stdout.buffer.write` goes straight into the binary one, so
//! bytes written there come out before text still pending above them, exactly where
//! python3 puts them when stdout is a pipe or a file. Text the text layer lets go of
//! passes through at once (behind any pending bytes), so text-only output reaches the
//! descriptor at the same moments as with one buffer.
//!
//! Below both layers the bytes go straight to file descriptor 1 with `write(2)`,
//! not through Rust's line-buffered `stdout()`: a write that fails must leave
//! nothing behind for a later flush to fail on again, as with CPython's `FileIO`
//! under its buffers. No duplicate of the descriptor is kept: it would take the
//! number the program's next `open()` gets (3) from it, as CPython holds none.

use std::io::Write;

/// Whether descriptor 1 was open when first written to; when it was not (closed at
/// start-up), Rust's `stdout()` is used, which drops the output as CPython does
/// with its `sys.stdout` None.
fn fd1_open() -> bool {
    static OPEN: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    // SAFETY: F_GETFD reads descriptor 1's flags; a closed descriptor is an error
    // return (EBADF), not undefined behaviour.
    *OPEN.get_or_init(|| unsafe { libc::fcntl(1, libc::F_GETFD) } >= 0)
}

/// All of `data` written to descriptor 1, retried after a signal and a partial write.
fn write_all_raw(mut data: &[u8]) -> std::io::Result<()> {
    while !data.is_empty() {
        // SAFETY: `data` is a readable buffer of `data.len()` bytes for the call.
        let n = unsafe { libc::write(1, data.as_ptr().cast(), data.len()) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        if n == 0 {
            return Err(std::io::ErrorKind::WriteZero.into());
        }
        data = &data[n as usize..];
    }
    Ok(())
}

/// Writes `data` to descriptor 1 at once. Whatever Rust's own `stdout()` holds
/// (the few messages printed with `print!`) goes first, so the order is kept.
fn write_fd1(data: &[u8]) -> std::io::Result<()> {
    let mut std_out = std::io::stdout().lock();
    if fd1_open() {
        std_out.flush()?;
        write_all_raw(data)
    } else {
        std_out.write_all(data)?;
        std_out.flush()
    }
}

/// python3's `DEFAULT_BUFFER_SIZE`, the size of both layers.
pub const LAYER_SIZE: usize = 8192;

/// The binary layer: bytes on their way to file descriptor 1.
pub struct BinaryLayer {
    buf: Vec<u8>,
}

impl BinaryLayer {
    pub fn new() -> BinaryLayer {
        BinaryLayer { buf: Vec::new() }
    }

    fn write_through(&mut self) -> std::io::Result<()> {
        let r = write_fd1(&self.buf);
        self.buf.clear();
        r
    }

    /// Drops what is pending (stdout went away).
    pub fn discard(&mut self) {
        self.buf.clear();
    }
}

impl Default for BinaryLayer {
    fn default() -> Self {
        Self::new()
    }
}

impl BinaryLayer {
    /// `sys.stdout.buffer.write`: kept until the buffer would overflow, as CPython's
    /// `BufferedWriter.write` (data at least a buffer long goes out directly).
    pub fn write_binary(&mut self, data: &[u8]) -> std::io::Result<()> {
        if self.buf.len() + data.len() > LAYER_SIZE {
            self.write_through()?;
            if data.len() >= LAYER_SIZE {
                return write_fd1(data);
            }
        }
        self.buf.extend_from_slice(data);
        Ok(())
    }
}

impl Write for BinaryLayer {
    /// Text the text layer lets go of: after any bytes pending here, on to the
    /// descriptor.
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        if !self.buf.is_empty() {
            let r = write_fd1(&self.buf);
            self.buf.clear();
            r?;
        }
        write_fd1(data)?;
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.write_through()
    }
}
