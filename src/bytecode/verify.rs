//! Bytecode verification: the facts about a code object that the dispatch loop's hot
//! block relies on without re-checking them on every instruction (the role of the
//! JVM's verifier and of Lua's `luaG_checkcode` in early Lua 5 releases; CPython
//! trusts its compiler instead).
//!
//! Checked once per code object, when the VM first prepares it (`Vm::runtime_of`):
//! 1. **Control stays inside the code.** The last instruction never falls through
//!    (a return, an unconditional jump or a raise), and every jump, branch, loop exit
//!    and handler target is an index of the code. So the instruction pointer, which
//!    only ever moves to a fall-through successor or to a target, is always in range.
//! 2. **Operands name real slots.** Local-variable operands are below the number of
//!    locals; constant operands index the constants; name operands index the names
//!    (and with them the per-name inline caches, which have one entry per name for
//!    every cache kind an instruction of the code reads: `Vm::materialize`).
//!
//! A code object that fails is a compiler bug: `Vm::runtime_of` panics, which the
//! top level reports as an internal error instead of running unsound code.

use super::code::CodeObject;
use super::Op;

/// Checks invariants 1 and 2 for `ops` (the compiler's instructions or their
/// quickened copy) of `code`.
pub fn verify(code: &CodeObject, ops: &[Op]) -> Result<(), String> {
    let n = ops.len();
    match ops.last() {
        Some(Op::ReturnValue | Op::Jump(_) | Op::Raise(_) | Op::Reraise(_)) => {}
        other => return Err(format!("{}: code ends with {:?}", code.name, other)),
    }
    let nlocals = code.varnames.len();
    let (nconsts, nnames) = (code.consts.len(), code.names.len());
    for (i, op) in ops.iter().enumerate() {
        let (what, x, limit) = match *op {
            Op::Jump(t)
            | Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t)
            | Op::ForIter(t)
            | Op::SetupExcept(t) => ("jump target", t, n),
            Op::LoadFast(a)
            | Op::StoreFast(a)
            | Op::DeleteFast(a)
            | Op::LoadFastLoadFast(a)
            | Op::LoadFastLoadConst(a)
            | Op::LoadFastLoadAttr(a)
            | Op::LoadFastStoreAttr(a)
            | Op::LoadFastLoadMethod(a)
            | Op::LoadFastUnpack(a) => ("local", a, nlocals),
            Op::LoadConst(c) => ("constant", c, nconsts),
            Op::LoadGlobal(k)
            | Op::LoadGlobalLoadAttr(k)
            | Op::StoreGlobal(k)
            | Op::DeleteGlobal(k)
            | Op::LoadName(k)
            | Op::StoreName(k)
            | Op::DeleteName(k)
            | Op::LoadAttr(k)
            | Op::StoreAttr(k)
            | Op::DeleteAttr(k)
            | Op::LoadMethod(k)
            | Op::ImportName(k)
            | Op::ImportFrom(k) => ("name", k, nnames),
            _ => continue,
        };
        if x as usize >= limit {
            return Err(format!(
                "{}: instruction {} ({:?}) has {} {} out of range (< {})",
                code.name, i, op, what, x, limit
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compiled(src: &str) -> std::rc::Rc<CodeObject> {
        let src = crate::source::SourceFile::new("t.py", src);
        crate::compiler::compile_source(&src, false).expect("compiles")
    }

    #[test]
    fn compiler_output_verifies() {
        let code = compiled(
            "def f(a, b=2):\n    for i in range(a):\n        try:\n            b += i\n        except E:\n            raise\n    return b\nx = f(3)\n",
        );
        assert_eq!(verify(&code, &code.code), Ok(()));
        for c in &code.consts {
            if let crate::bytecode::Const::Code(inner) = c {
                assert_eq!(verify(inner, &inner.code), Ok(()));
            }
        }
    }

    #[test]
    fn rejects_fall_off_the_end_and_bad_operands() {
        let code = compiled("x = 1\n");
        let mut ops = code.code.to_vec();
        ops.pop();
        assert!(verify(&code, &ops).unwrap_err().contains("code ends with"));
        let ops = vec![Op::Jump(7), Op::ReturnValue];
        assert!(verify(&code, &ops).unwrap_err().contains("jump target 7"));
        let ops = vec![Op::LoadFast(0), Op::ReturnValue];
        assert!(verify(&code, &ops).unwrap_err().contains("local 0"));
        let ops = vec![Op::LoadConst(99), Op::ReturnValue];
        assert!(verify(&code, &ops).unwrap_err().contains("constant 99"));
        let ops = vec![Op::LoadGlobal(99), Op::ReturnValue];
        assert!(verify(&code, &ops).unwrap_err().contains("name 99"));
    }
}
