//! A per-thread cache of freed small blocks in front of the system allocator: the
//! role CPython's pymalloc and its per-type free lists play. A Python program frees
//! and reallocates the same few sizes constantly (tuples, frames of generators,
//! iterators, dict tables); glibc's own per-thread cache keeps only seven blocks of a
//! size, so churn beyond that goes through its locked, coalescing paths.
//!
//! Blocks up to [`MAX_SMALL`] bytes (alignment at most 16) are rounded up to the next
//! of glibc's usable chunk sizes (24, 40, 56, ...: a 16-byte multiple less the 8-byte
//! size header), so that every block of a size class is interchangeable and the
//! rounding never pushes a block into a larger chunk than glibc would have given it
//! (rounding 40 up to 48 used to cost a 64-byte chunk instead of 48); a freed
//! one is pushed on its class's list (the link lives in the block itself) while the
//! list holds less than [`KEEP_BYTES`], else it goes back to the system. At most
//! `MAX_SMALL / 16 * KEEP_BYTES` (2 MiB) is held, only after the program has freed
//! that much.
//!
//! # Invariants
//! 1. Every block on list `c` was obtained from `System` with
//!    `class_layout(c)` and is not in use.
//! 2. `len[c]` is the length of list `c`, and `len[c] * class_size(c) <= KEEP_BYTES`.
//! 3. The lists are only touched by their own thread (thread-local), and the
//!    thread-local has no destructor: a thread that exits leaks its lists' blocks to
//!    the process (they are reclaimed at exit, as for the interpreter thread).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::ptr::null_mut;

/// Largest request served from the lists.
pub const MAX_SMALL: usize = 512;
const GRAIN: usize = 16;
/// The smallest class: glibc's smallest chunk (32 bytes) holds 24.
const MIN_CLASS: usize = 24;
const NCLASSES: usize = (MAX_SMALL - MIN_CLASS).div_ceil(GRAIN) + 1;
/// Bytes each class's list may hold.
pub const KEEP_BYTES: usize = 64 * 1024;

struct Lists {
    head: [*mut u8; NCLASSES],
    len: [u32; NCLASSES],
}

thread_local! {
    static LISTS: UnsafeCell<Lists> = const {
        UnsafeCell::new(Lists { head: [null_mut(); NCLASSES], len: [0; NCLASSES] })
    };
}

/// The size class of a request, if it is small.
#[inline(always)]
fn class_of(layout: Layout) -> Option<usize> {
    let size = layout.size();
    if size == 0 || size > MAX_SMALL || layout.align() > GRAIN {
        return None;
    }
    Some(size.saturating_sub(MIN_CLASS).div_ceil(GRAIN))
}

#[inline(always)]
fn class_layout(c: usize) -> Layout {
    // At least 24 bytes: never below the alignment 16, so `System` serves it with a
    // plain `malloc` (which aligns to 16 on the 64-bit targets mempy supports).
    Layout::from_size_align(MIN_CLASS + c * GRAIN, GRAIN).expect("valid class layout")
}

/// Allocates `layout` (non-zero size) from the lists or the system.
///
/// # Safety
/// As `GlobalAlloc::alloc`.
#[inline(always)]
pub unsafe fn alloc(layout: Layout) -> *mut u8 {
    let Some(c) = class_of(layout) else {
        return System.alloc(layout);
    };
    let popped = LISTS
        .try_with(|l| {
            // SAFETY: invariant 3: only this thread touches its lists, and nothing
            // here re-enters the allocator.
            let l = unsafe { &mut *l.get() };
            let p = l.head[c];
            if !p.is_null() {
                // SAFETY: invariant 1: `p` is a free block of at least 16 bytes whose
                // first word holds the next link.
                l.head[c] = unsafe { *(p as *mut *mut u8) };
                l.len[c] -= 1;
            }
            p
        })
        .unwrap_or(null_mut());
    if !popped.is_null() {
        return popped;
    }
    System.alloc(class_layout(c))
}

/// Frees a block obtained from [`alloc`] with the same layout.
///
/// # Safety
/// As `GlobalAlloc::dealloc`.
#[inline(always)]
pub unsafe fn dealloc(ptr: *mut u8, layout: Layout) {
    let Some(c) = class_of(layout) else {
        return System.dealloc(ptr, layout);
    };
    let kept = LISTS
        .try_with(|l| {
            // SAFETY: invariant 3.
            let l = unsafe { &mut *l.get() };
            if (l.len[c] as usize + 1) * class_layout(c).size() > KEEP_BYTES {
                return false;
            }
            // SAFETY: the block is ours again (the caller frees it) and holds at
            // least 24 bytes, aligned to 16: room for the link.
            unsafe { *(ptr as *mut *mut u8) = l.head[c] };
            l.head[c] = ptr;
            l.len[c] += 1;
            true
        })
        .unwrap_or(false);
    if !kept {
        System.dealloc(ptr, class_layout(c));
    }
}

/// Resizes a block obtained from [`alloc`].
///
/// # Safety
/// As `GlobalAlloc::realloc`.
#[inline]
pub unsafe fn realloc(ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
    let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
    match (class_of(layout), class_of(new_layout)) {
        (None, None) => System.realloc(ptr, layout, new_size),
        // Same class: the block already has room.
        (Some(a), Some(b)) if a == b => ptr,
        _ => {
            let new = alloc(new_layout);
            if !new.is_null() {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                dealloc(ptr, layout);
            }
            new
        }
    }
}

/// Returns every block this thread's lists hold to the system. For a thread about to
/// end (a green thread's carrier): the lists have no destructor (invariant 3), so
/// without this each ended thread would keep up to 2 MiB.
pub fn release_thread_cache() {
    let _ = LISTS.try_with(|l| {
        // SAFETY: invariant 3: only this thread touches its lists, and `System` does
        // not re-enter this allocator.
        let l = unsafe { &mut *l.get() };
        for c in 0..NCLASSES {
            let mut p = l.head[c];
            while !p.is_null() {
                // SAFETY: invariant 1: `p` is a free block of class `c` obtained from
                // `System` with `class_layout(c)`, its first word the next link.
                unsafe {
                    let next = *(p as *mut *mut u8);
                    System.dealloc(p, class_layout(c));
                    p = next;
                }
            }
            l.head[c] = null_mut();
            l.len[c] = 0;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_reused_within_a_class_and_keep_their_contents() {
        let l24 = Layout::from_size_align(24, 8).unwrap();
        let l32 = Layout::from_size_align(32, 8).unwrap();
        let l40 = Layout::from_size_align(40, 8).unwrap();
        assert_eq!(class_layout(class_of(l24).unwrap()).size(), 24);
        assert_eq!(class_layout(class_of(l32).unwrap()).size(), 40);
        assert_eq!(class_of(Layout::from_size_align(41, 8).unwrap()), Some(2));
        // SAFETY: layouts are non-zero; every block is freed with its layout.
        unsafe {
            let a = alloc(l32);
            dealloc(a, l32);
            // 32 and 40 bytes share the 40-byte class: the freed block comes back.
            let b = alloc(l40);
            assert_eq!(a, b);
            for i in 0..32 {
                *b.add(i) = i as u8;
            }
            let c = realloc(b, l40, 200);
            assert!((0..32).all(|i| *c.add(i) == i as u8));
            let d = realloc(c, Layout::from_size_align(200, 8).unwrap(), 4000);
            assert!((0..32).all(|i| *d.add(i) == i as u8));
            dealloc(d, Layout::from_size_align(4000, 8).unwrap());
        }
    }

    #[test]
    fn a_released_cache_holds_nothing() {
        let l = Layout::from_size_align(100, 8).unwrap();
        // SAFETY: as above.
        unsafe {
            let blocks: Vec<*mut u8> = (0..10).map(|_| alloc(l)).collect();
            for &p in &blocks {
                dealloc(p, l);
            }
        }
        let c = class_of(l).unwrap();
        // SAFETY: this thread's lists, read while nothing else runs on it.
        let held = || LISTS.with(|ls| unsafe { (*ls.get()).len[c] });
        assert!(held() >= 10);
        release_thread_cache();
        assert_eq!(held(), 0);
    }

    #[test]
    fn lists_are_bounded() {
        let l = Layout::from_size_align(MAX_SMALL, 16).unwrap();
        let n = KEEP_BYTES / MAX_SMALL + 10;
        // SAFETY: as above.
        unsafe {
            let blocks: Vec<*mut u8> = (0..n).map(|_| alloc(l)).collect();
            for &p in &blocks {
                dealloc(p, l);
            }
        }
        // SAFETY: this thread's lists, read while nothing else runs on it.
        let held = LISTS.with(|ls| unsafe { (*ls.get()).len[NCLASSES - 1] }) as usize;
        assert!(held * MAX_SMALL <= KEEP_BYTES);
        assert!(held > 0);
    }
}
