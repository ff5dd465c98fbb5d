//! Bytecode: the instruction set, code objects and the disassembler (`mempy --dis`).
pub mod code;
pub mod disasm;
pub mod opcode;
pub mod quicken;
pub mod serial;
pub mod verify;

pub use code::{CodeFlags, CodeObject, Const};
pub use opcode::{BinOp, CmpOp, Op, TraceEvent, Unary};
