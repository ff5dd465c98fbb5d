//! Trimming `co_consts` after code generation, as CPython 3.11's assembler does
//! (`trim_unused_consts` after `optimize_cfg` in Python/compile.c): constants are
//! numbered as the code is generated, dead branches included; a constant that only
//! unreachable code loads, and that comes after every constant live code loads, is
//! dropped from the end of the table. Which code is unreachable follows CPython's
//! peephole rules: a `LOAD_CONST` followed by a conditional jump is decided at
//! compile time (`if 0:`, `while 1:`, `x if 1 else y`), and nothing after a return,
//! a raise or an unconditional jump runs unless something jumps there.
//!
//! Visible in `co_consts`, in `getrefcount` of the dropped constants and in which
//! objects a code object keeps alive.

use super::expr::const_truth;
use super::stackdepth::jump_target;
use crate::bytecode::{Const, Op};

/// Drops the unused constants at the end of `consts` (and their `parser_made`
/// entries), keeping the first (a docstring's place), after deciding the conditional
/// jumps on constants as CPython's peephole pass does: the load and the jump become a
/// `Nop` and either a `Jump` or another `Nop` (a `JumpIf..OrPop` that jumps keeps its
/// load). Loads of dropped constants are then only in unreachable code; they load
/// constant 0 instead, so the table stays consistent.
pub(super) fn trim_unused_consts(
    code: &mut [Op],
    consts: &mut Vec<Const>,
    parser_made: &mut Vec<bool>,
) {
    let reached = decide_constant_jumps(code, consts);
    if consts.len() <= 1 {
        return;
    }
    let max_used = code
        .iter()
        .zip(&reached)
        .filter_map(|(op, &live)| match op {
            Op::LoadConst(i) if live => Some(*i as usize),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    let keep = max_used + 1;
    if keep >= consts.len() {
        return;
    }
    consts.truncate(keep);
    parser_made.truncate(keep);
    for op in code.iter_mut() {
        if let Op::LoadConst(i) = *op {
            if i as usize >= keep {
                *op = Op::LoadConst(0);
            }
        }
    }
}

/// Rewrites each `LoadConst` + conditional jump pair that only one path reaches (the
/// jump is no jump target, so they are one basic block) into the jump or the
/// fall-through the constant's truth decides, and answers which instructions run on
/// some path from the first.
fn decide_constant_jumps(code: &mut [Op], consts: &[Const]) -> Vec<bool> {
    let mut seen = vec![false; code.len()];
    // A jump target starts a basic block: a conditional jump other paths reach too
    // is not decided by the constant loaded before it.
    let mut target = vec![false; code.len() + 1];
    for op in code.iter() {
        if let Some(t) = jump_target(*op) {
            if let Some(x) = target.get_mut(t as usize) {
                *x = true;
            }
        }
    }
    let truth = |i: u32| consts.get(i as usize).map(const_truth);
    let mut work = vec![0usize];
    while let Some(pc) = work.pop() {
        if pc >= code.len() || seen[pc] {
            continue;
        }
        seen[pc] = true;
        let op = code[pc];
        if let (Op::LoadConst(c), Some(&next), false) = (op, code.get(pc + 1), target[pc + 1]) {
            let decided = match next {
                Op::PopJumpIfFalse(t) | Op::JumpIfFalseOrPop(t) => truth(c).map(|b| (!b, t)),
                Op::PopJumpIfTrue(t) | Op::JumpIfTrueOrPop(t) => truth(c).map(|b| (b, t)),
                _ => None,
            };
            if let Some((jumps, t)) = decided {
                let keeps_value =
                    jumps && matches!(next, Op::JumpIfFalseOrPop(_) | Op::JumpIfTrueOrPop(_));
                if !keeps_value {
                    code[pc] = Op::Nop;
                }
                code[pc + 1] = if jumps { Op::Jump(t) } else { Op::Nop };
                seen[pc + 1] = true;
                work.push(if jumps { t as usize } else { pc + 2 });
                continue;
            }
        }
        if let Some(t) = jump_target(op) {
            work.push(t as usize);
        }
        if !matches!(
            op,
            Op::Jump(_) | Op::ReturnValue | Op::Raise(_) | Op::Reraise(_)
        ) {
            work.push(pc + 1);
        }
    }
    seen
}
