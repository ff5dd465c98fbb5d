//! Shared harness of the `run` and `gen` targets: runs a program the way the `mempy`
//! binary does (on a thread with a large stack), with a step cap and a memory cap,
//! output discarded, then checks the heap invariants.

use mempy::runtime::vm::Vm;
use std::sync::Once;

/// Polls (loop back-edges and calls) a program may make: keeps each input fast and
/// deterministic, unlike a wall-clock limit.
const STEP_CAP: u64 = 20_000;
/// Memory a program may allocate (real bytes, see `mempy::runtime::limits`).
const MEMORY_CAP: usize = 64 << 20;
/// Value-stack slots: small, so deep recursion reaches the stack limit quickly.
const STACK_SLOTS: usize = 1 << 16;

static INIT: Once = Once::new();

/// Sends the programs' stdout and stdin to /dev/null (libFuzzer reports on stderr).
fn init() {
    INIT.call_once(|| {
        // SAFETY: plain descriptor operations on a file opened here.
        unsafe {
            let fd = libc::open(c"/dev/null".as_ptr(), libc::O_RDWR);
            if fd >= 0 {
                libc::dup2(fd, 0);
                libc::dup2(fd, 1);
            }
        }
    });
}

/// Compiles and runs `text` as `__main__`, then tears the module down and checks the
/// heap. Any Rust panic (including a heap invariant violation) is a crash.
pub fn run_program(text: &str) {
    init();
    let text = text.to_string();
    let child = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut vm = Vm::new(STACK_SLOTS);
            mempy::runtime::limits::set_memory_cap(MEMORY_CAP);
            mempy::runtime::limits::set_step_cap(STEP_CAP);
            let _ = mempy::runner::run_program(&mut vm, "<fuzz>", &text);
            mempy::runtime::limits::set_step_cap(u64::MAX);
            mempy::runtime::limits::clear_memory_cap();
            mempy::runtime::interrupt::clear();
            if let Err(e) = vm.check_heap() {
                panic!("heap invariant violated after the run:\n{}", e);
            }
        })
        .expect("spawn");
    if child.join().is_err() {
        panic!("the interpreter panicked");
    }
}
