//! Code objects as bytes and back: what the compiled-code cache of the library's
//! Python modules stores (`runtime/modules/frozen_cache.rs`), in the role of CPython's
//! `marshal` format for `.pyc` files and frozen modules.
//!
//! Only the compiler's output is written: the VM's lazily made parts of a code object
//! (`runtime`, `event_lines`) start empty again, so a decoded tree is what
//! `compile_source` would have returned and everything downstream of it (constants
//! made per code object, interning, caches) happens as after a compile. The format is
//! private to one build of mempy (the cache keys entries by the binary), so it has no
//! compatibility promises; `decode` still checks every length and index it reads and
//! answers `None` for bytes it did not write, rather than trusting the file system.
//!
//! Layout: a table of the distinct strings (names, qualnames, constants, the file
//! name), then the module's code object, each code object with its nested ones inline
//! where its constants hold them. Numbers are little-endian `u32`/`u64`.

use super::code::{CodeFlags, CodeObject, Const};
use super::opcode::{BinOp, CmpOp, Op, TraceEvent, Unary};
use num_bigint::BigInt;
use std::collections::HashMap;
use std::rc::Rc;

/// Instructions without an operand, by their tag in the format.
const PLAIN: [Op; 33] = [
    Op::Nop,
    Op::BinarySubscr,
    Op::StoreSubscr,
    Op::DeleteSubscr,
    Op::Pop,
    Op::GetIter,
    Op::ListToTuple,
    Op::ReturnValue,
    Op::YieldValue,
    Op::GetYieldFromIter,
    Op::YieldFrom,
    Op::BeforeAsyncWith,
    Op::AsyncWithExit,
    Op::GetAIter,
    Op::GetANext,
    Op::EndAsyncFor,
    Op::ImportStar,
    Op::PopBlock,
    Op::PopExcept,
    Op::CheckExcMatch,
    Op::CheckEgMatch,
    Op::PrepReraiseStar,
    Op::BeforeWith,
    Op::WithExceptStart,
    Op::LoadBuildClass,
    Op::LoadAssertionError,
    Op::GetLen,
    Op::MatchSequence,
    Op::MatchMapping,
    Op::MatchKeys,
    Op::PrintExpr,
    Op::LoadLocals,
    Op::SetupAnnotations,
];

/// Instructions with a `u32` operand, by their tag (after [`PLAIN`]'s).
const WITH_ARG: [fn(u32) -> Op; 65] = [
    Op::LoadConst,
    Op::LoadFast,
    Op::StoreFast,
    Op::DeleteFast,
    Op::LoadDeref,
    Op::LoadClassDeref,
    Op::StoreDeref,
    Op::DeleteDeref,
    Op::LoadClosure,
    Op::LoadGlobal,
    Op::StoreGlobal,
    Op::DeleteGlobal,
    Op::LoadName,
    Op::StoreName,
    Op::DeleteName,
    Op::LoadAttr,
    Op::StoreAttr,
    Op::DeleteAttr,
    Op::LoadMethod,
    Op::CallMethod,
    Op::Call,
    Op::CallKw,
    Op::CallMethodKw,
    Op::CallEx,
    Op::LoadFastLoadFast,
    Op::LoadFastLoadConst,
    Op::LoadFastLoadAttr,
    Op::LoadGlobalLoadAttr,
    Op::LoadFastLoadMethod,
    Op::LoadFastUnpack,
    Op::LoadDerefLoadFast,
    Op::LoadFastStoreAttr,
    Op::Copy,
    Op::Swap,
    Op::Jump,
    Op::PopJumpIfFalse,
    Op::PopJumpIfTrue,
    Op::JumpIfFalseOrPop,
    Op::JumpIfTrueOrPop,
    Op::ForIter,
    Op::BuildTuple,
    Op::BuildList,
    Op::BuildSet,
    Op::BuildMap,
    Op::BuildConstKeyMap,
    Op::BuildString,
    Op::BuildSlice,
    Op::ListAppend,
    Op::SetAdd,
    Op::MapAdd,
    Op::ListExtend,
    Op::SetUpdate,
    Op::DictUpdate,
    Op::DictMerge,
    Op::UnpackSequence,
    Op::UnpackEx,
    Op::FormatValue,
    Op::MakeFunction,
    Op::GetAwaitable,
    Op::ImportName,
    Op::ImportFrom,
    Op::SetupExcept,
    Op::Raise,
    Op::Reraise,
    Op::MatchClass,
];

/// Tags of the instructions whose operand is one of the small operator enums.
const TAG_TRACE: u8 = 200;
const TAG_BINARY: u8 = 201;
const TAG_INPLACE: u8 = 202;
const TAG_UNARY: u8 = 203;
const TAG_COMPARE: u8 = 204;
const TAG_COMPARE_JUMP: u8 = 205;

const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mult,
    BinOp::MatMult,
    BinOp::Div,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitOr,
    BinOp::BitXor,
    BinOp::BitAnd,
    BinOp::FloorDiv,
];
const CMPOPS: [CmpOp; 10] = [
    CmpOp::Eq,
    CmpOp::NotEq,
    CmpOp::Lt,
    CmpOp::LtE,
    CmpOp::Gt,
    CmpOp::GtE,
    CmpOp::Is,
    CmpOp::IsNot,
    CmpOp::In,
    CmpOp::NotIn,
];
const UNARIES: [Unary; 4] = [Unary::Neg, Unary::Pos, Unary::Invert, Unary::Not];
const TRACES: [TraceEvent; 3] = [TraceEvent::Call, TraceEvent::Line, TraceEvent::Return];

/// The tag and operand of an instruction. The match is exhaustive, so a new
/// instruction cannot be added without giving it a place in the format.
fn op_parts(op: Op) -> (u8, u32) {
    let arg = |f: fn(u32) -> Op, n: u32| {
        let k = WITH_ARG.iter().position(|g| g(n) == f(n)).unwrap();
        (PLAIN.len() as u8 + k as u8, n)
    };
    match op {
        Op::Trace(e) => (
            TAG_TRACE,
            TRACES.iter().position(|x| *x == e).unwrap() as u32,
        ),
        Op::BinaryOp(b) => (
            TAG_BINARY,
            BINOPS.iter().position(|x| *x == b).unwrap() as u32,
        ),
        Op::InplaceOp(b) => (
            TAG_INPLACE,
            BINOPS.iter().position(|x| *x == b).unwrap() as u32,
        ),
        Op::UnaryOp(u) => (
            TAG_UNARY,
            UNARIES.iter().position(|x| *x == u).unwrap() as u32,
        ),
        Op::CompareOp(c) => (
            TAG_COMPARE,
            CMPOPS.iter().position(|x| *x == c).unwrap() as u32,
        ),
        Op::CompareJumpIfFalse(c) => (
            TAG_COMPARE_JUMP,
            CMPOPS.iter().position(|x| *x == c).unwrap() as u32,
        ),
        Op::Nop
        | Op::BinarySubscr
        | Op::StoreSubscr
        | Op::DeleteSubscr
        | Op::Pop
        | Op::GetIter
        | Op::ListToTuple
        | Op::ReturnValue
        | Op::YieldValue
        | Op::GetYieldFromIter
        | Op::YieldFrom
        | Op::BeforeAsyncWith
        | Op::AsyncWithExit
        | Op::GetAIter
        | Op::GetANext
        | Op::EndAsyncFor
        | Op::ImportStar
        | Op::PopBlock
        | Op::PopExcept
        | Op::CheckExcMatch
        | Op::CheckEgMatch
        | Op::PrepReraiseStar
        | Op::BeforeWith
        | Op::WithExceptStart
        | Op::LoadBuildClass
        | Op::LoadAssertionError
        | Op::GetLen
        | Op::MatchSequence
        | Op::MatchMapping
        | Op::MatchKeys
        | Op::PrintExpr
        | Op::LoadLocals
        | Op::SetupAnnotations => (PLAIN.iter().position(|x| *x == op).unwrap() as u8, 0),
        Op::LoadConst(n) => arg(Op::LoadConst, n),
        Op::LoadFast(n) => arg(Op::LoadFast, n),
        Op::StoreFast(n) => arg(Op::StoreFast, n),
        Op::DeleteFast(n) => arg(Op::DeleteFast, n),
        Op::LoadDeref(n) => arg(Op::LoadDeref, n),
        Op::LoadClassDeref(n) => arg(Op::LoadClassDeref, n),
        Op::StoreDeref(n) => arg(Op::StoreDeref, n),
        Op::DeleteDeref(n) => arg(Op::DeleteDeref, n),
        Op::LoadClosure(n) => arg(Op::LoadClosure, n),
        Op::LoadGlobal(n) => arg(Op::LoadGlobal, n),
        Op::StoreGlobal(n) => arg(Op::StoreGlobal, n),
        Op::DeleteGlobal(n) => arg(Op::DeleteGlobal, n),
        Op::LoadName(n) => arg(Op::LoadName, n),
        Op::StoreName(n) => arg(Op::StoreName, n),
        Op::DeleteName(n) => arg(Op::DeleteName, n),
        Op::LoadAttr(n) => arg(Op::LoadAttr, n),
        Op::StoreAttr(n) => arg(Op::StoreAttr, n),
        Op::DeleteAttr(n) => arg(Op::DeleteAttr, n),
        Op::LoadMethod(n) => arg(Op::LoadMethod, n),
        Op::CallMethod(n) => arg(Op::CallMethod, n),
        Op::Call(n) => arg(Op::Call, n),
        Op::CallKw(n) => arg(Op::CallKw, n),
        Op::CallMethodKw(n) => arg(Op::CallMethodKw, n),
        Op::CallEx(n) => arg(Op::CallEx, n),
        Op::LoadFastLoadFast(n) => arg(Op::LoadFastLoadFast, n),
        Op::LoadFastLoadConst(n) => arg(Op::LoadFastLoadConst, n),
        Op::LoadFastLoadAttr(n) => arg(Op::LoadFastLoadAttr, n),
        Op::LoadGlobalLoadAttr(n) => arg(Op::LoadGlobalLoadAttr, n),
        Op::LoadFastLoadMethod(n) => arg(Op::LoadFastLoadMethod, n),
        Op::LoadFastUnpack(n) => arg(Op::LoadFastUnpack, n),
        Op::LoadDerefLoadFast(n) => arg(Op::LoadDerefLoadFast, n),
        Op::LoadFastStoreAttr(n) => arg(Op::LoadFastStoreAttr, n),
        Op::Copy(n) => arg(Op::Copy, n),
        Op::Swap(n) => arg(Op::Swap, n),
        Op::Jump(n) => arg(Op::Jump, n),
        Op::PopJumpIfFalse(n) => arg(Op::PopJumpIfFalse, n),
        Op::PopJumpIfTrue(n) => arg(Op::PopJumpIfTrue, n),
        Op::JumpIfFalseOrPop(n) => arg(Op::JumpIfFalseOrPop, n),
        Op::JumpIfTrueOrPop(n) => arg(Op::JumpIfTrueOrPop, n),
        Op::ForIter(n) => arg(Op::ForIter, n),
        Op::BuildTuple(n) => arg(Op::BuildTuple, n),
        Op::BuildList(n) => arg(Op::BuildList, n),
        Op::BuildSet(n) => arg(Op::BuildSet, n),
        Op::BuildMap(n) => arg(Op::BuildMap, n),
        Op::BuildConstKeyMap(n) => arg(Op::BuildConstKeyMap, n),
        Op::BuildString(n) => arg(Op::BuildString, n),
        Op::BuildSlice(n) => arg(Op::BuildSlice, n),
        Op::ListAppend(n) => arg(Op::ListAppend, n),
        Op::SetAdd(n) => arg(Op::SetAdd, n),
        Op::MapAdd(n) => arg(Op::MapAdd, n),
        Op::ListExtend(n) => arg(Op::ListExtend, n),
        Op::SetUpdate(n) => arg(Op::SetUpdate, n),
        Op::DictUpdate(n) => arg(Op::DictUpdate, n),
        Op::DictMerge(n) => arg(Op::DictMerge, n),
        Op::UnpackSequence(n) => arg(Op::UnpackSequence, n),
        Op::UnpackEx(n) => arg(Op::UnpackEx, n),
        Op::FormatValue(n) => arg(Op::FormatValue, n),
        Op::MakeFunction(n) => arg(Op::MakeFunction, n),
        Op::GetAwaitable(n) => arg(Op::GetAwaitable, n),
        Op::ImportName(n) => arg(Op::ImportName, n),
        Op::ImportFrom(n) => arg(Op::ImportFrom, n),
        Op::SetupExcept(n) => arg(Op::SetupExcept, n),
        Op::Raise(n) => arg(Op::Raise, n),
        Op::Reraise(n) => arg(Op::Reraise, n),
        Op::MatchClass(n) => arg(Op::MatchClass, n),
    }
}

/// The instruction of a tag and operand; `None` for a tag the format does not have.
fn op_of(tag: u8, n: u32) -> Option<Op> {
    let small = |len: usize| (n as usize) < len;
    Some(match tag {
        TAG_TRACE if small(TRACES.len()) => Op::Trace(TRACES[n as usize]),
        TAG_BINARY if small(BINOPS.len()) => Op::BinaryOp(BINOPS[n as usize]),
        TAG_INPLACE if small(BINOPS.len()) => Op::InplaceOp(BINOPS[n as usize]),
        TAG_UNARY if small(UNARIES.len()) => Op::UnaryOp(UNARIES[n as usize]),
        TAG_COMPARE if small(CMPOPS.len()) => Op::CompareOp(CMPOPS[n as usize]),
        TAG_COMPARE_JUMP if small(CMPOPS.len()) => Op::CompareJumpIfFalse(CMPOPS[n as usize]),
        t if (t as usize) < PLAIN.len() => PLAIN[t as usize],
        t => WITH_ARG.get(t as usize - PLAIN.len())?(n),
    })
}

/// Const tags.
const C_NONE: u8 = 0;
const C_FALSE: u8 = 1;
const C_TRUE: u8 = 2;
const C_ELLIPSIS: u8 = 3;
const C_INT: u8 = 4;
const C_BIGINT: u8 = 5;
const C_FLOAT: u8 = 6;
const C_COMPLEX: u8 = 7;
const C_STR: u8 = 8;
const C_SURR: u8 = 9;
const C_BYTES: u8 = 10;
const C_TUPLE: u8 = 11;
const C_CODE: u8 = 12;
const C_FROZENSET: u8 = 13;

/// Writes code objects into a byte buffer, strings once each.
struct Writer<'a> {
    body: Vec<u8>,
    strings: HashMap<&'a str, u32>,
    order: Vec<&'a str>,
}

impl<'a> Writer<'a> {
    fn u8(&mut self, b: u8) {
        self.body.push(b);
    }
    fn u32(&mut self, n: u32) {
        self.body.extend_from_slice(&n.to_le_bytes());
    }
    fn u64(&mut self, n: u64) {
        self.body.extend_from_slice(&n.to_le_bytes());
    }
    fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).expect("code object table too long"));
    }
    fn str(&mut self, s: &'a str) {
        let next = self.order.len() as u32;
        let k = *self.strings.entry(s).or_insert(next);
        if k == next {
            self.order.push(s);
        }
        self.u32(k);
    }
    fn strs(&mut self, v: &'a [Rc<str>]) {
        self.len(v.len());
        for s in v {
            self.str(s);
        }
    }
    fn u32s(&mut self, v: &[u32]) {
        self.len(v.len());
        for &n in v {
            self.u32(n);
        }
    }

    fn konst(&mut self, c: &'a Const) {
        match c {
            Const::None => self.u8(C_NONE),
            Const::Bool(false) => self.u8(C_FALSE),
            Const::Bool(true) => self.u8(C_TRUE),
            Const::Ellipsis => self.u8(C_ELLIPSIS),
            Const::Int(i) => {
                self.u8(C_INT);
                self.u64(*i as u64);
            }
            Const::BigInt(b) => {
                self.u8(C_BIGINT);
                let bytes = b.to_signed_bytes_le();
                self.len(bytes.len());
                self.body.extend_from_slice(&bytes);
            }
            Const::Float(f) => {
                self.u8(C_FLOAT);
                self.u64(f.to_bits());
            }
            Const::Complex(re, im) => {
                self.u8(C_COMPLEX);
                self.u64(re.to_bits());
                self.u64(im.to_bits());
            }
            Const::Str(s) => {
                self.u8(C_STR);
                self.str(s);
            }
            Const::SurrStr(s) => {
                self.u8(C_SURR);
                self.str(s);
            }
            Const::Bytes(b) => {
                self.u8(C_BYTES);
                self.len(b.len());
                self.body.extend_from_slice(b);
            }
            Const::Tuple(items) => {
                self.u8(C_TUPLE);
                self.len(items.len());
                for c in items.iter() {
                    self.konst(c);
                }
            }
            Const::FrozenSet(items) => {
                self.u8(C_FROZENSET);
                self.len(items.len());
                for c in items.iter() {
                    self.konst(c);
                }
            }
            Const::Code(code) => {
                self.u8(C_CODE);
                self.code(code);
            }
        }
    }

    fn code(&mut self, c: &'a CodeObject) {
        self.str(&c.name);
        self.str(&c.qualname);
        self.str(&c.filename);
        self.len(c.code.len());
        for &op in &c.code {
            let (tag, n) = op_parts(op);
            self.u8(tag);
            self.u32(n);
        }
        self.u32s(&c.lines);
        self.len(c.spans.iter().count());
        for (a, b) in c.spans.iter() {
            self.u32(a);
            self.u32(b);
        }
        self.len(c.consts.len());
        for k in &c.consts {
            self.konst(k);
        }
        self.len(c.parser_made.len());
        for &p in &c.parser_made {
            self.u8(p as u8);
        }
        self.strs(&c.names);
        self.strs(&c.varnames);
        self.strs(&c.cellvars);
        self.strs(&c.freevars);
        self.len(c.cell2arg.len());
        for a in &c.cell2arg {
            self.u32(a.map_or(u32::MAX, |a| a));
        }
        self.u32(c.argcount);
        self.u32(c.posonlyargcount);
        self.u32(c.kwonlyargcount);
        let f = c.flags;
        let bits = [
            f.varargs,
            f.varkeywords,
            f.generator,
            f.coroutine,
            f.async_generator,
            f.uses_namespace,
        ];
        self.u8(bits
            .iter()
            .enumerate()
            .fold(0, |m, (i, &b)| m | (b as u8) << i));
        self.u32(c.max_stack);
        self.u32(c.simple_argc);
        self.u32(c.first_line);
        self.u32s(&c.no_line);
        match &c.docstring {
            None => self.u8(0),
            Some(d) => {
                self.u8(1);
                self.str(d);
            }
        }
    }
}

/// The bytes of a module's code object (and the code objects nested in it).
pub fn encode(code: &CodeObject) -> Vec<u8> {
    let mut w = Writer {
        body: Vec::new(),
        strings: HashMap::new(),
        order: Vec::new(),
    };
    w.code(code);
    let mut out = Vec::with_capacity(w.body.len() + 8 * w.order.len() + 4);
    out.extend_from_slice(&(w.order.len() as u32).to_le_bytes());
    for s in &w.order {
        out.extend_from_slice(&(s.len() as u32).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
    }
    out.extend_from_slice(&w.body);
    out
}

/// Reads what [`encode`] wrote.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    strings: Vec<Rc<str>>,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.pos.checked_add(n)?;
        let s = self.bytes.get(self.pos..end)?;
        self.pos = end;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    /// A table length, refused when the rest of the input could not hold that many
    /// entries of `min` bytes (so a damaged length cannot ask for a huge allocation).
    fn len(&mut self, min: usize) -> Option<usize> {
        let n = self.u32()? as usize;
        (n.checked_mul(min)? <= self.bytes.len() - self.pos).then_some(n)
    }
    fn str(&mut self) -> Option<Rc<str>> {
        let k = self.u32()? as usize;
        self.strings.get(k).cloned()
    }
    /// A table of `n` entries read by `f`, each at least `min` bytes long.
    fn seq<T>(&mut self, min: usize, mut f: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.len(min)?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(f(self)?);
        }
        Some(v)
    }
    fn strs(&mut self) -> Option<Vec<Rc<str>>> {
        self.seq(4, Self::str)
    }
    /// A table of `n` fixed-size records of `W` bytes, read by `f`.
    fn records<T, const W: usize>(&mut self, f: impl Fn([u8; W]) -> T) -> Option<Vec<T>> {
        let n = self.len(W)?;
        let bytes = self.take(n * W)?;
        Some(
            bytes
                .chunks_exact(W)
                .map(|c| f(c.try_into().unwrap()))
                .collect(),
        )
    }
    fn u32s(&mut self) -> Option<Vec<u32>> {
        self.records(u32::from_le_bytes)
    }

    fn konst(&mut self, depth: u32) -> Option<Const> {
        Some(match self.u8()? {
            C_NONE => Const::None,
            C_FALSE => Const::Bool(false),
            C_TRUE => Const::Bool(true),
            C_ELLIPSIS => Const::Ellipsis,
            C_INT => Const::Int(self.u64()? as i64),
            C_BIGINT => {
                let n = self.len(1)?;
                Const::BigInt(Rc::new(BigInt::from_signed_bytes_le(self.take(n)?)))
            }
            C_FLOAT => Const::Float(f64::from_bits(self.u64()?)),
            C_COMPLEX => Const::Complex(f64::from_bits(self.u64()?), f64::from_bits(self.u64()?)),
            C_STR => Const::Str(self.str()?),
            C_SURR => Const::SurrStr(self.str()?),
            C_BYTES => {
                let n = self.len(1)?;
                Const::Bytes(self.take(n)?.into())
            }
            C_TUPLE => Const::Tuple(self.seq(1, |r| r.konst(depth + 1))?.into()),
            C_FROZENSET => Const::FrozenSet(self.seq(1, |r| r.konst(depth + 1))?.into()),
            C_CODE if depth < MAX_DEPTH => Const::Code(Rc::new(self.code(depth + 1)?)),
            _ => return None,
        })
    }

    fn code(&mut self, depth: u32) -> Option<CodeObject> {
        let name = String::from(&*self.str()?);
        let qualname = String::from(&*self.str()?);
        let filename = self.str()?;
        let code = self
            .records(|[tag, a, b, c, d]: [u8; 5]| op_of(tag, u32::from_le_bytes([a, b, c, d])))?
            .into_iter()
            .collect::<Option<Vec<Op>>>()?;
        let lines = self.u32s()?;
        let spans = self.records(|b: [u8; 8]| {
            let [a0, a1, a2, a3, b0, b1, b2, b3] = b;
            (
                u32::from_le_bytes([a0, a1, a2, a3]),
                u32::from_le_bytes([b0, b1, b2, b3]),
            )
        })?;
        let consts = self.seq(1, |r| r.konst(depth))?;
        let parser_made = self.seq(1, |r| match r.u8()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        })?;
        let names = self.strs()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let cell2arg = self.records(|b: [u8; 4]| {
            let a = u32::from_le_bytes(b);
            (a != u32::MAX).then_some(a)
        })?;
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let bits = self.u8()?;
        let bit = |i: u32| bits & (1 << i) != 0;
        let flags = CodeFlags {
            varargs: bit(0),
            varkeywords: bit(1),
            generator: bit(2),
            coroutine: bit(3),
            async_generator: bit(4),
            uses_namespace: bit(5),
        };
        let max_stack = self.u32()?;
        let simple_argc = self.u32()?;
        let first_line = self.u32()?;
        let no_line = self.u32s()?;
        let docstring = match self.u8()? {
            0 => None,
            1 => Some(self.str()?),
            _ => return None,
        };
        // The tables the VM indexes side by side must agree (the verifier checks the
        // instructions' operands against the rest when the code first runs).
        if lines.len() != code.len() || spans.len() != code.len() {
            return None;
        }
        if parser_made.len() != consts.len() || cell2arg.len() != cellvars.len() {
            return None;
        }
        Some(CodeObject {
            name,
            qualname,
            filename,
            code: code.into(),
            lines: lines.into(),
            spans: crate::bytecode::code::SpanTable::from_spans(&spans),
            consts: consts.into(),
            parser_made: parser_made.into(),
            names: names.into(),
            varnames: varnames.into(),
            cellvars: cellvars.into(),
            freevars: freevars.into(),
            cell2arg: cell2arg.into(),
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            max_stack,
            simple_argc,
            first_line,
            no_line: no_line.into(),
            event_lines: Default::default(),
            docstring,
            runtime: Default::default(),
        })
    }
}

/// How deeply code objects and constant tuples may nest in what [`decode`] accepts
/// (far past what the compiler's nesting limits let through).
const MAX_DEPTH: u32 = 1000;

/// The module code object [`encode`] wrote into `bytes`; `None` if they are not
/// exactly such an encoding.
pub fn decode(bytes: &[u8]) -> Option<Rc<CodeObject>> {
    let mut r = Reader {
        bytes,
        pos: 0,
        strings: Vec::new(),
    };
    let n = r.len(4)?;
    r.strings.reserve_exact(n);
    for _ in 0..n {
        let len = r.len(1)?;
        let s = std::str::from_utf8(r.take(len)?).ok()?;
        r.strings.push(s.into());
    }
    let code = r.code(0)?;
    (r.pos == bytes.len()).then(|| Rc::new(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_instruction_round_trips() {
        let mut ops: Vec<Op> = PLAIN.to_vec();
        ops.extend(WITH_ARG.iter().map(|f| f(7)));
        ops.extend(TRACES.iter().map(|&e| Op::Trace(e)));
        for &b in &BINOPS {
            ops.push(Op::BinaryOp(b));
            ops.push(Op::InplaceOp(b));
        }
        ops.extend(UNARIES.iter().map(|&u| Op::UnaryOp(u)));
        for &c in &CMPOPS {
            ops.push(Op::CompareOp(c));
            ops.push(Op::CompareJumpIfFalse(c));
        }
        for op in ops {
            let (tag, n) = op_parts(op);
            assert_eq!(op_of(tag, n), Some(op), "{op:?}");
        }
        // The tags of the operator instructions lie past the others.
        assert!(PLAIN.len() + WITH_ARG.len() < TAG_TRACE as usize);
        assert_eq!(op_of(TAG_BINARY, BINOPS.len() as u32), None);
        assert_eq!(op_of(199, 0), None);
    }
}
