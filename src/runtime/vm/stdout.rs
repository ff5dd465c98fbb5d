//! The two layers of python3's buffered stdout: the text layer (`TextIOWrapper`'s
//! pending text, `Vm::out`) over the binary layer (`sys.stdout.buffer`, a
//! `BufferedWriter`), each holding up to 8 KiB. `print` and `sys.stdout.write` fill
//! the text layer; `sys.stdout.buffer.write` goes straight into the binary one, so
//! bytes written there come out before text still pending above them, exactly where
//! python3 puts them when stdout is a pipe or a file. Text the text layer lets go of
//! passes through at once (behind any pending bytes), so text-only output reaches the
//! descriptor at the same moments as with one buffer.

use std::io::Write;

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
        let mut out = std::io::stdout().lock();
        out.write_all(&self.buf)?;
        self.buf.clear();
        out.flush()
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
                let mut out = std::io::stdout().lock();
                out.write_all(data)?;
                return out.flush();
            }
        }
        self.buf.extend_from_slice(data);
        Ok(())
    }
}

impl Write for BinaryLayer {
    /// Text the text layer lets go of: after any bytes pending here, on to the
    /// process's stdout (whose own line buffering decides the moment it reaches the
    /// descriptor, as it did before a binary layer existed).
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        let mut out = std::io::stdout().lock();
        if !self.buf.is_empty() {
            out.write_all(&self.buf)?;
            self.buf.clear();
        }
        out.write_all(data)?;
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.write_through()
    }
}
