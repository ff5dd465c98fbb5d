//! Quickening: the VM's private, faster copy of a code object's instructions
//! (CPython 3.11's superinstructions such as `LOAD_FAST__LOAD_FAST`, and 3.12's
//! compare-and-branch).
//!
//! A superinstruction replaces the *first* instruction of a common pair and executes
//! both; the second instruction stays in place, unchanged. So a jump that lands on the
//! second one still runs it alone, instruction indices (jump targets, handler
//! addresses, generator resume points, the line table) all keep their meaning, and the
//! compiler's output (`code.code`, shown by `mempy --dis`) is never altered. Pairs are
//! only fused when both instructions are on the same source line, so per-line events
//! and tracebacks see exactly the instructions they would without quickening. If the
//! VM ever finds the expected partner missing it simply continues with the next
//! instruction: quickening can change speed, never behaviour.

use super::Op;

/// The quickened instruction stream for `code` (same length, same indices).
pub fn quicken(code: &[Op], lines: &[u32]) -> Box<[Op]> {
    let mut out: Vec<Op> = code.to_vec();
    // A jump to a `ReturnValue` on the same line returns at once (CPython's compiler
    // does this jump threading itself): the state a return sees is the same either
    // way, and it saves a dispatch, e.g. in `return a if c else b`.
    for (i, op) in code.iter().enumerate() {
        if let Op::Jump(t) = *op {
            let t = t as usize;
            if code.get(t) == Some(&Op::ReturnValue) && lines.get(t) == lines.get(i) {
                out[i] = Op::ReturnValue;
            }
        }
    }
    // The `Nop` a `pass` leaves (its line's event for `sys.settrace`, which runs the
    // unquickened code) becomes a jump: to where a jump that follows it goes (a loop
    // whose body is `pass` costs no extra dispatch), else to the next instruction,
    // which the evaluation loop's fast path runs without its general path.
    for i in 0..code.len().saturating_sub(1) {
        if code[i] == Op::Nop {
            out[i] = match code[i + 1] {
                Op::Jump(t) => Op::Jump(t),
                _ => Op::Jump(i as u32 + 1),
            };
        }
    }
    // A pair's second instruction stays as it is (the evaluation loop reads it as the
    // partner, and jumps into it still work), so it never starts a pair itself: in
    // `f(a, b, c)` the loads pair as (a, b) and c stays alone.
    let mut i = 0;
    while i + 1 < code.len() {
        if lines.get(i) != lines.get(i + 1) {
            i += 1;
            continue;
        }
        // `a, b = t`: the load, the unpacking and all its stores on one line.
        if let (Op::LoadFast(a), Op::UnpackSequence(n)) = (code[i], code[i + 1]) {
            let stores = code.get(i + 2..i + 2 + n as usize);
            let on_line = lines.get(i..i + 2 + n as usize);
            if stores.is_some_and(|s| s.iter().all(|op| matches!(op, Op::StoreFast(_))))
                && on_line.is_some_and(|l| l.iter().all(|&x| x == lines[i]))
            {
                out[i] = Op::LoadFastUnpack(a);
                i += 2;
                continue;
            }
        }
        // `self.x = x`: the store's pair (the object's load and the store) saves
        // more than the two loads' pair would, so the value's load stays alone.
        if let (Op::LoadFast(_), Op::LoadFast(b), Some(Op::StoreAttr(_))) =
            (code[i], code[i + 1], code.get(i + 2))
        {
            if lines.get(i + 2) == lines.get(i + 1) {
                out[i + 1] = Op::LoadFastStoreAttr(b);
                i += 3;
                continue;
            }
        }
        out[i] = match (code[i], code[i + 1]) {
            (Op::LoadFast(a), Op::LoadFast(_)) => Op::LoadFastLoadFast(a),
            (Op::LoadDeref(a), Op::LoadFast(_)) => Op::LoadDerefLoadFast(a),
            (Op::LoadFast(a), Op::LoadConst(_)) => Op::LoadFastLoadConst(a),
            (Op::LoadFast(a), Op::LoadAttr(_)) => Op::LoadFastLoadAttr(a),
            (Op::LoadFast(a), Op::StoreAttr(_)) => Op::LoadFastStoreAttr(a),
            (Op::LoadGlobal(a), Op::LoadAttr(_)) => Op::LoadGlobalLoadAttr(a),
            (Op::LoadFast(a), Op::LoadMethod(_)) => Op::LoadFastLoadMethod(a),
            (Op::CompareOp(c), Op::PopJumpIfFalse(_)) => Op::CompareJumpIfFalse(c),
            _ => {
                i += 1;
                continue;
            }
        };
        i += 2;
    }
    out.into_boxed_slice()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::CmpOp;

    #[test]
    fn fuses_pairs_on_one_line_only() {
        let code = [
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::CompareOp(CmpOp::Lt),
            Op::PopJumpIfFalse(6),
            Op::LoadFast(0),
            Op::LoadConst(0),
            Op::ReturnValue,
        ];
        let lines = [1, 1, 1, 1, 2, 3, 3];
        let q = quicken(&code, &lines);
        assert_eq!(q.len(), code.len());
        assert_eq!(q[0], Op::LoadFastLoadFast(0));
        // The partner stays intact so jumps into it still work.
        assert_eq!(q[1], Op::LoadFast(1));
        assert_eq!(q[2], Op::CompareJumpIfFalse(CmpOp::Lt));
        assert_eq!(q[3], Op::PopJumpIfFalse(6));
        // Different lines: not fused.
        assert_eq!(q[4], Op::LoadFast(0));
    }

    #[test]
    fn an_attribute_store_pairs_with_its_object() {
        // `self.x = x`: LOAD_FAST x, LOAD_FAST self, STORE_ATTR x.
        let code = [
            Op::LoadFast(1),
            Op::LoadFast(0),
            Op::StoreAttr(0),
            Op::LoadConst(0),
            Op::LoadFast(0),
            Op::StoreAttr(1),
            Op::LoadConst(0),
            Op::ReturnValue,
        ];
        let q = quicken(&code, &[1, 1, 1, 2, 2, 2, 3, 3]);
        assert_eq!(q[0], Op::LoadFast(1));
        assert_eq!(q[1], Op::LoadFastStoreAttr(0));
        assert_eq!(q[2], Op::StoreAttr(0));
        assert_eq!(q[3], Op::LoadConst(0));
        assert_eq!(q[4], Op::LoadFastStoreAttr(0));
    }

    #[test]
    fn a_cell_and_a_local_fuse() {
        // `pool[i]` in a comprehension: LOAD_DEREF, LOAD_FAST, BINARY_SUBSCR.
        let code = [
            Op::LoadDeref(0),
            Op::LoadFast(1),
            Op::BinarySubscr,
            Op::LoadDeref(0),
            Op::LoadFast(1),
            Op::ReturnValue,
        ];
        let q = quicken(&code, &[1, 1, 1, 2, 3, 3]);
        assert_eq!(q[0], Op::LoadDerefLoadFast(0));
        assert_eq!(q[1], Op::LoadFast(1));
        assert_eq!(q[2], Op::BinarySubscr);
        assert_eq!(q[3], Op::LoadDeref(0));
    }

    #[test]
    fn a_global_and_its_attribute_fuse() {
        let code = [
            Op::LoadGlobal(0),
            Op::LoadAttr(1),
            Op::LoadGlobal(0),
            Op::LoadAttr(1),
            Op::ReturnValue,
        ];
        let q = quicken(&code, &[1, 1, 2, 3, 3]);
        assert_eq!(q[0], Op::LoadGlobalLoadAttr(0));
        assert_eq!(q[1], Op::LoadAttr(1));
        // `G.\n x` spans two lines: not fused.
        assert_eq!(q[2], Op::LoadGlobal(0));
    }

    #[test]
    fn a_local_and_its_method_fuse() {
        let code = [
            Op::LoadFast(0),
            Op::LoadMethod(0),
            Op::CallMethod(0),
            Op::ReturnValue,
        ];
        let q = quicken(&code, &[1, 1, 1, 1]);
        assert_eq!(q[0], Op::LoadFastLoadMethod(0));
        assert_eq!(&q[1..], &code[1..]);
    }

    #[test]
    fn a_nop_becomes_a_jump() {
        // `while x: pass` then `with m: pass`: the first Nop takes the back edge's
        // place, the second jumps to the instruction after it.
        let code = [
            Op::LoadFast(0),
            Op::PopJumpIfFalse(4),
            Op::Nop,
            Op::Jump(0),
            Op::Nop,
            Op::LoadConst(0),
            Op::ReturnValue,
        ];
        let q = quicken(&code, &[1, 1, 2, 2, 3, 4, 4]);
        assert_eq!(q[2], Op::Jump(0));
        assert_eq!(q[4], Op::Jump(5));
        // The unquickened code (what tracing runs) keeps them.
        assert_eq!(code[2], Op::Nop);
    }

    #[test]
    fn a_partner_never_starts_a_pair() {
        let code = [
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::LoadConst(0),
            Op::ReturnValue,
        ];
        let q = quicken(&code, &[1, 1, 1, 1]);
        assert_eq!(q[0], Op::LoadFastLoadFast(0));
        assert_eq!(q[1], Op::LoadFast(1));
        assert_eq!(q[2], Op::LoadConst(0));
    }

    #[test]
    fn jump_to_return_on_the_same_line_returns() {
        let code = [
            Op::LoadFast(0),
            Op::Jump(4),
            Op::LoadFast(1),
            Op::Jump(4),
            Op::ReturnValue,
        ];
        let lines = [1, 1, 2, 1, 1];
        let q = quicken(&code, &lines);
        assert_eq!(q[1], Op::ReturnValue);
        assert_eq!(q[3], Op::ReturnValue);
        let lines = [1, 1, 2, 2, 1];
        let q = quicken(&code, &lines);
        assert_eq!(q[3], Op::Jump(4));
    }

    #[test]
    fn an_unpacking_into_locals_on_one_line_fuses_with_its_load() {
        let code = [
            Op::LoadFast(0),
            Op::UnpackSequence(2),
            Op::StoreFast(1),
            Op::StoreFast(2),
            Op::LoadFast(0),
            Op::UnpackSequence(2),
            Op::StoreFast(1),
            Op::StoreAttr(0),
            Op::ReturnValue,
        ];
        let lines = [1, 1, 1, 1, 2, 2, 2, 2, 2];
        let q = quicken(&code, &lines);
        assert_eq!(q[0], Op::LoadFastUnpack(0));
        assert_eq!(&q[1..4], &code[1..4]);
        // `a, self.b = t`: not every target is a local.
        assert_eq!(q[4], Op::LoadFast(0));
        // A store on another line (`a, \n b = t` spans two) keeps them apart.
        let lines = [1, 1, 1, 2, 2, 2, 2, 2, 2];
        assert_eq!(quicken(&code, &lines)[0], Op::LoadFast(0));
    }
}
