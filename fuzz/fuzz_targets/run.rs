//! Fuzz target 2: arbitrary bytes compiled and run with a step cap and a memory cap;
//! the heap invariants are checked after every collection and after the run.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[global_allocator]
static ALLOC: mempy::runtime::limits::CountingAlloc = mempy::runtime::limits::CountingAlloc;

mod common;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        common::run_program(text);
    }
});
