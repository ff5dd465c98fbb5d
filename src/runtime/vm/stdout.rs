//! The two layers of python3's buffered stdout: the text layer (`TextIOWrapper`'s
//! pending text, `Vm::out`) over the binary layer (`sys.stdout.buffer`, a
//! `BufferedWriter`), each holding up to 8 KiB. `print` and `sys.stdout.write` fill
//! the text layer; `sys.stdout.buffer.write` goes straight into the binary one, so
//! bytes written there come out before text still pending above them, exactly where
//! python3 puts them when stdout is a pipe or a file. Text the text layer lets go of
//! passes through at once (behind any pending bytes), so text-only output reaches the
//! descriptor at the same moments as with one buffer.
//!
//! Below both layers the bytes go straight to file descriptor 1 (a duplicate of
//! it, so the file offset is shared), not through Rust's line-buffered `stdout()`:
//! a write that fails must leave nothing behind for a later flush to fail on again,
//! as with CPython's `FileIO` under its buffers.

use std::io::Write;

/// Descriptor 1, duplicated once; None when it cannot be (closed at start-up), then
/// Rust's `stdout()` is used as before.
fn raw_stdout() -> Option<&'static std::fs::File> {
    use std::os::fd::AsFd;
    static RAW: std::sync::OnceLock<Option<std::fs::File>> = std::sync::OnceLock::new();
    RAW.get_or_init(|| {
        let fd = std::io::stdout().as_fd().try_clone_to_owned().ok()?;
        Some(std::fs::File::from(fd))
    })
    .as_ref()
}

/// Writes `data` to descriptor 1 at once. Whatever Rust's own `stdout()` holds
/// (the few messages printed with `print!`) goes first, so the order is kept.
fn write_fd1(data: &[u8]) -> std::io::Result<()> {
    let mut std_out = std::io::stdout().lock();
    match raw_stdout() {
        Some(mut f) => {
            std_out.flush()?;
            f.write_all(data)
        }
        None => {
            std_out.write_all(data)?;
            std_out.flush()
        }
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
