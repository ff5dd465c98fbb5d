//! `max_stack`: the deepest the evaluation stack can get, by flow analysis over the
//! finished instructions (CPython's `stackdepth()` in Python/compile.c).
//!
//! The VM sizes frames with this number, so it must never be too small: every path is
//! followed, a handler (`SetupExcept` target) starts at the depth at `SetupExcept` + 1.
//! Every instruction must be reached at one depth only (CPython's "Invalid CFG,
//! inconsistent stackdepth"): a path that arrives deeper, e.g. a jump back to a loop
//! head that left a value behind, is a compiler bug and panics here instead of making
//! the analysis climb forever.

use crate::bytecode::Op;

/// Net stack effect of `op`; `jump` selects the taken branch of a conditional jump.
pub fn stack_effect(op: Op, jump: bool) -> i32 {
    use Op::*;
    let n = |x: u32| x as i32;
    match op {
        Nop | Trace(_) | DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_)
        | LoadAttr(_) | UnaryOp(_) | Swap(_) | Jump(_) | GetIter | ListToTuple | YieldValue
        | GetYieldFromIter | PopBlock | CheckExcMatch | GetAwaitable(_) | AsyncWithExit
        | GetAIter | SetupAnnotations => 0,
        // A superinstruction's own effect is its first half's; the partner that
        // follows it is counted on its own.
        LoadFastLoadFast(_)
        | LoadFastLoadConst(_)
        | LoadFastLoadAttr(_)
        | LoadFastUnpack(_)
        | LoadGlobalLoadAttr(_)
        | LoadDerefLoadFast(_)
        | LoadFastStoreAttr(_)
        | LoadFastLoadMethod(_) => 1,
        CompareJumpIfFalse(_) => -1,
        LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClassDeref(_) | LoadClosure(_)
        | LoadGlobal(_) | LoadName(_) | LoadMethod(_) | Copy(_) | ImportName(_) | ImportFrom(_)
        | BeforeWith | WithExceptStart | LoadBuildClass | LoadAssertionError | LoadLocals
        | BeforeAsyncWith | GetANext | GetLen | MatchSequence | MatchMapping | MatchKeys
        | CheckEgMatch => 1,
        MatchClass(_) => -2,
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) | DeleteAttr(_)
        | BinarySubscr | BinaryOp(_) | InplaceOp(_) | CompareOp(_) | Pop | PopJumpIfFalse(_)
        | PopJumpIfTrue(_) | ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_)
        | DictUpdate(_) | DictMerge(_) | ReturnValue | YieldFrom | ImportStar | PopExcept
        | Reraise(_) | PrintExpr | PrepReraiseStar => -1,
        StoreAttr(_) | DeleteSubscr | MapAdd(_) => -2,
        StoreSubscr => -3,
        EndAsyncFor => -2,
        CallMethod(k) => -n(k) - 1,
        Call(k) => -n(k),
        CallKw(k) => -n(k) - 1,
        CallMethodKw(k) => -n(k) - 2,
        CallEx(f) => -1 - n(f & 1),
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        SetupExcept(_) => {
            if jump {
                1
            } else {
                0
            }
        }
        BuildTuple(k) | BuildList(k) | BuildSet(k) | BuildString(k) | BuildSlice(k) => 1 - n(k),
        BuildMap(k) => 1 - 2 * n(k),
        BuildConstKeyMap(k) => -n(k),
        UnpackSequence(k) => n(k) - 1,
        UnpackEx(k) => n(k & 0xffff) + n(k >> 16),
        FormatValue(f) => -n((f >> 2) & 1),
        MakeFunction(f) => -((f & 1 != 0) as i32) - ((f & 2 != 0) as i32) - ((f & 8 != 0) as i32),
        Raise(k) => -n(k),
    }
}

/// The jump target of `op`, if it has one.
pub(crate) fn jump_target(op: Op) -> Option<u32> {
    use Op::*;
    match op {
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
        | JumpIfTrueOrPop(t) | ForIter(t) | SetupExcept(t) => Some(t),
        _ => None,
    }
}

/// Whether execution never falls through to the next instruction.
fn terminates(op: Op) -> bool {
    matches!(
        op,
        Op::Jump(_) | Op::ReturnValue | Op::Raise(_) | Op::Reraise(_)
    )
}

/// Maximum stack depth over all paths through `code`, starting empty at 0.
pub fn max_stack_depth(code: &[Op]) -> u32 {
    let mut seen: Vec<i32> = vec![-1; code.len() + 1];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0;
    while let Some((pc, d)) = work.pop() {
        if pc >= code.len() {
            continue;
        }
        if seen[pc] >= 0 {
            assert_eq!(
                seen[pc], d,
                "compiler bug: instruction {pc} ({:?}) reached at two stack depths",
                code[pc]
            );
            continue;
        }
        seen[pc] = d;
        let op = code[pc];
        if let Some(t) = jump_target(op) {
            let dj = d + stack_effect(op, true);
            max = max.max(dj);
            work.push((t as usize, dj));
        }
        if !terminates(op) {
            let dn = d + stack_effect(op, false);
            max = max.max(dn);
            work.push((pc + 1, dn));
        }
        // Instructions that push before popping (e.g. a call's result) never exceed
        // the operand depth they started with, so `d` itself is the other bound.
        max = max.max(d);
    }
    max.max(0) as u32
}
