//! Recycled generator slot buffers: the buffer that holds a suspended frame's slots,
//! kept when a generator dies for the next one.
//!
//! CPython allocates a generator and its embedded frame as one object from obmalloc's
//! size-class pools. Here the frame's slots are a separate Rust allocation, and a
//! program that makes and drops generators at a high rate (`await f()` in recursive
//! coroutines, a generator expression per loop iteration) paid an allocation and a
//! free of one per generator. Like the dict free list (heap invariant 7), only Rust
//! memory is reused: a recycled buffer holds no Python references, and ids,
//! refcounts, `sys.getsizeof` and gc counts do not depend on it.

use super::GeneratorObj;
use crate::value::Value;

/// How many spare slot buffers are kept.
const KEEP: usize = 32;
/// Slot buffers with more room than this (in values) are freed, not kept: a
/// generator with a huge frame must not leave that memory reserved for good.
const BUF_MAX: usize = 64;

/// The emptied slot buffers of dead generators.
#[derive(Default)]
pub struct GenFreeList {
    bufs: Vec<Vec<Value>>,
}

impl GenFreeList {
    /// An empty slot buffer with room for at least `cap` values.
    #[inline]
    pub fn take_buf(&mut self, cap: usize) -> Vec<Value> {
        match self.bufs.pop() {
            Some(mut b) => {
                b.reserve(cap);
                b
            }
            None => Vec::with_capacity(cap),
        }
    }

    /// Takes back the payload of a freed generator whose references were already
    /// moved out (`GeneratorObj::clear_refs`): the payload is dropped (its code's
    /// count with it, as before), its slot buffer kept when there is room.
    #[inline]
    pub fn recycle(&mut self, mut g: Box<GeneratorObj>) {
        let slots = std::mem::take(&mut g.slots);
        drop(g);
        // `clear_refs` emptied it; a value left in it would be a leaked reference
        // either way, never one to reuse.
        if slots.is_empty() && (1..=BUF_MAX).contains(&slots.capacity()) && self.bufs.len() < KEEP {
            self.bufs.push(slots);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payload(code: &std::rc::Rc<crate::bytecode::CodeObject>, slots: Vec<Value>) -> GeneratorObj {
        GeneratorObj {
            code: code.clone(),
            func: Value::None,
            globals: crate::value::ObjRef(0),
            slots,
            blocks: Vec::new(),
            handled: Vec::new(),
            ip: 0,
            state: super::super::GenState::Finished,
            name: Value::None,
            qualname: Value::None,
            frame_obj: Value::None,
            ag_running_async: false,
            ag_closed: false,
        }
    }

    #[test]
    fn recycled_buffer_is_reused_and_code_released() {
        let src = crate::source::SourceFile::new("t.py", "pass\n");
        let code = crate::compiler::compile_source(&src, false).expect("compiles");
        let mut fl = GenFreeList::default();
        let buf = fl.take_buf(10);
        assert!(buf.capacity() >= 10);
        let buf_ptr = buf.as_ptr();
        let g = Box::new(payload(&code, buf));
        assert_eq!(std::rc::Rc::strong_count(&code), 2);
        fl.recycle(g);
        // The code's count went with the payload; the buffer is kept.
        assert_eq!(std::rc::Rc::strong_count(&code), 1);
        let again = fl.take_buf(4);
        assert_eq!(again.as_ptr(), buf_ptr);
        assert!(again.is_empty());
    }

    #[test]
    fn big_empty_or_nonempty_buffers_are_not_kept() {
        let src = crate::source::SourceFile::new("t.py", "pass\n");
        let code = crate::compiler::compile_source(&src, false).expect("compiles");
        let mut fl = GenFreeList::default();
        fl.recycle(Box::new(payload(&code, Vec::with_capacity(BUF_MAX + 1))));
        fl.recycle(Box::new(payload(&code, vec![Value::None])));
        fl.recycle(Box::new(payload(&code, Vec::new())));
        assert!(fl.bufs.is_empty());
        for _ in 0..KEEP + 5 {
            fl.recycle(Box::new(payload(&code, Vec::with_capacity(4))));
        }
        assert_eq!(fl.bufs.len(), KEEP);
        assert_eq!(std::rc::Rc::strong_count(&code), 1);
    }
}
