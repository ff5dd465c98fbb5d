//! The disassembler behind `mempy --dis`: a listing in the style of CPython's `dis`
//! module (Lib/dis.py): line numbers where they change, `>>` on jump targets, the
//! instruction index as offset, CPython-style opcode names, and each operand's meaning.

use super::code::{CodeObject, Const};
use super::opcode::{Op, Unary};
use std::collections::HashSet;
use std::fmt::Write;

/// Disassembles `code` and, after it, every code object among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at line {}>:",
        code.name, code.first_line
    );
    let targets: HashSet<u32> = code.code.iter().filter_map(|op| target(*op)).collect();
    let mut last_line = None;
    for (i, op) in code.code.iter().enumerate() {
        let line = code.lines.get(i).copied().unwrap_or(0);
        let line_col = if last_line != Some(line) {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
            line.to_string()
        } else {
            String::new()
        };
        let mark = if targets.contains(&(i as u32)) {
            ">>"
        } else {
            ""
        };
        let (name, arg, meaning) = describe(code, *op);
        let mut row = format!("{line_col:>4} {mark:>5} {i:>4} {name:<20}");
        if let Some(a) = arg {
            let _ = write!(row, " {a:>3}");
            if let Some(m) = meaning {
                let _ = write!(row, " ({m})");
            }
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            disassemble_into(inner, out);
        }
    }
}

fn target(op: Op) -> Option<u32> {
    match op {
        Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::ForIter(t)
        | Op::SetupExcept(t) => Some(t),
        _ => None,
    }
}

/// One instruction as the `dis` module shows it (its `Instruction` tuple): CPython's
/// name, the operand, the operand's meaning, the offset (twice the index, as
/// `co_code` lays out), the line where a new one starts, and whether a jump lands here.
pub struct Row {
    pub name: &'static str,
    pub arg: Option<u32>,
    pub argrepr: Option<String>,
    /// The constant a `LOAD_CONST` loads.
    pub constant: Option<Const>,
    pub offset: usize,
    pub starts_line: Option<u32>,
    pub is_jump_target: bool,
}

/// The instructions of `code` (not of the code objects among its constants).
pub fn rows(code: &CodeObject) -> Vec<Row> {
    let targets: HashSet<u32> = code.code.iter().filter_map(|op| target(*op)).collect();
    let mut last_line = None;
    let mut out = Vec::with_capacity(code.code.len());
    for (i, op) in code.code.iter().enumerate() {
        let line = code.lines.get(i).copied().unwrap_or(0);
        let starts_line = (last_line != Some(line)).then_some(line);
        last_line = Some(line);
        let (name, arg, argrepr) = describe(code, *op);
        let constant = match op {
            Op::LoadConst(c) => code.consts.get(*c as usize).cloned(),
            _ => None,
        };
        out.push(Row {
            name,
            arg,
            argrepr,
            constant,
            offset: i * 2,
            starts_line,
            is_jump_target: targets.contains(&(i as u32)),
        });
    }
    out
}

/// The repr-like text of a constant.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => {
            if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e16 {
                format!("{f:.1}")
            } else {
                f.to_string()
            }
        }
        Const::Complex(re, im) => crate::text::complex_text::complex_repr(*re, *im),
        Const::Str(s) => format!("{:?}", &**s).replace('"', "'"),
        Const::SurrStr(s) => crate::text::str_methods::str_repr_flagged(s, true),
        Const::Bytes(b) => crate::text::bytes_repr(b),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Const::Code(c) => format!("<code object {} at line {}>", c.name, c.first_line),
    }
}

/// `co_code`: the instructions as two-byte code units, as CPython lays out its own
/// (the opcode, then the low byte of the operand). mempy's instruction set is its own:
/// an instruction CPython 3.11 also has gets CPython's opcode number (so `dis.opname`
/// names it), the others 0. One unit per instruction, so the offsets of `co_lines`,
/// `co_positions` and `tb_lasti` (twice the instruction index) index into it.
pub fn code_units(code: &CodeObject) -> Vec<u8> {
    let mut out = Vec::with_capacity(code.code.len() * 2);
    for &op in &code.code {
        let (name, arg, _) = describe(code, op);
        out.push(cpython_opcode(name));
        out.push(arg.unwrap_or(0) as u8);
    }
    out
}

/// CPython 3.11's opcode number for an instruction name (`dis.opmap`), 0 if it has none.
fn cpython_opcode(name: &str) -> u8 {
    match name {
        "BEFORE_ASYNC_WITH" => 52,
        "BEFORE_WITH" => 53,
        "BINARY_OP" => 122,
        "BINARY_SUBSCR" => 25,
        "BUILD_CONST_KEY_MAP" => 156,
        "BUILD_LIST" => 103,
        "BUILD_MAP" => 105,
        "BUILD_SET" => 104,
        "BUILD_SLICE" => 133,
        "BUILD_STRING" => 157,
        "BUILD_TUPLE" => 102,
        "CALL" => 171,
        "CALL_FUNCTION_EX" => 142,
        "CHECK_EXC_MATCH" => 36,
        "COMPARE_OP" => 107,
        "COPY" => 120,
        "DELETE_ATTR" => 96,
        "DELETE_DEREF" => 139,
        "DELETE_FAST" => 126,
        "DELETE_GLOBAL" => 98,
        "DELETE_NAME" => 91,
        "DELETE_SUBSCR" => 61,
        "DICT_MERGE" => 164,
        "DICT_UPDATE" => 165,
        "END_ASYNC_FOR" => 54,
        "FORMAT_VALUE" => 155,
        "FOR_ITER" => 93,
        "GET_AITER" => 50,
        "GET_ANEXT" => 51,
        "GET_AWAITABLE" => 131,
        "GET_ITER" => 68,
        "GET_LEN" => 30,
        "GET_YIELD_FROM_ITER" => 69,
        "IMPORT_FROM" => 109,
        "IMPORT_NAME" => 108,
        "IMPORT_STAR" => 84,
        "JUMP_IF_FALSE_OR_POP" => 111,
        "JUMP_IF_TRUE_OR_POP" => 112,
        "LIST_APPEND" => 145,
        "LIST_EXTEND" => 162,
        "LIST_TO_TUPLE" => 82,
        "LOAD_ASSERTION_ERROR" => 74,
        "LOAD_ATTR" => 106,
        "LOAD_BUILD_CLASS" => 71,
        "LOAD_CLOSURE" => 136,
        "LOAD_DEREF" => 137,
        "LOAD_FAST" => 124,
        "LOAD_GLOBAL" => 116,
        "LOAD_METHOD" => 160,
        "LOAD_NAME" => 101,
        "MAP_ADD" => 147,
        "MATCH_CLASS" => 152,
        "MATCH_KEYS" => 33,
        "MATCH_MAPPING" => 31,
        "MATCH_SEQUENCE" => 32,
        "NOP" => 9,
        "POP_EXCEPT" => 89,
        "POP_TOP" => 1,
        "PRINT_EXPR" => 70,
        "RAISE_VARARGS" => 130,
        "RERAISE" => 119,
        "RETURN_VALUE" => 83,
        "SET_ADD" => 146,
        "SET_UPDATE" => 163,
        "STORE_ATTR" => 95,
        "STORE_DEREF" => 138,
        "STORE_FAST" => 125,
        "STORE_GLOBAL" => 97,
        "STORE_NAME" => 90,
        "STORE_SUBSCR" => 60,
        "SWAP" => 99,
        "UNPACK_SEQUENCE" => 92,
        "WITH_EXCEPT_START" => 49,
        "YIELD_VALUE" => 86,
        _ => 0,
    }
}

/// CPython-style name, operand and operand meaning of one instruction.
fn describe(code: &CodeObject, op: Op) -> (&'static str, Option<u32>, Option<String>) {
    let name_of = |i: u32| code.names.get(i as usize).map(|s| s.to_string());
    let var_of = |i: u32| code.varnames.get(i as usize).map(|s| s.to_string());
    let deref_of = |i: u32| {
        let i = i as usize;
        code.cellvars
            .get(i)
            .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())))
            .map(|s| s.to_string())
    };
    let to = |t: u32| Some(format!("to {t}"));
    use Op::*;
    match op {
        Nop => ("NOP", None, None),
        Trace(e) => ("TRACE", None, Some(format!("{e:?}").to_lowercase())),
        LoadConst(i) => (
            "LOAD_CONST",
            Some(i),
            code.consts.get(i as usize).map(const_repr),
        ),
        LoadFast(i) => ("LOAD_FAST", Some(i), var_of(i)),
        LoadFastLoadFast(i) => ("LOAD_FAST__LOAD_FAST", Some(i), var_of(i)),
        LoadFastLoadConst(i) => ("LOAD_FAST__LOAD_CONST", Some(i), var_of(i)),
        LoadFastLoadAttr(i) => ("LOAD_FAST__LOAD_ATTR", Some(i), var_of(i)),
        LoadFastStoreAttr(i) => ("LOAD_FAST__STORE_ATTR", Some(i), var_of(i)),
        LoadFastUnpack(i) => ("LOAD_FAST__UNPACK_SEQUENCE", Some(i), var_of(i)),
        LoadGlobalLoadAttr(i) => ("LOAD_GLOBAL__LOAD_ATTR", Some(i), name_of(i)),
        LoadFastLoadMethod(i) => ("LOAD_FAST__LOAD_METHOD", Some(i), var_of(i)),
        CompareJumpIfFalse(c) => ("COMPARE_AND_BRANCH", Some(0), Some(c.symbol().into())),
        StoreFast(i) => ("STORE_FAST", Some(i), var_of(i)),
        DeleteFast(i) => ("DELETE_FAST", Some(i), var_of(i)),
        LoadDeref(i) => ("LOAD_DEREF", Some(i), deref_of(i)),
        LoadDerefLoadFast(i) => ("LOAD_DEREF__LOAD_FAST", Some(i), deref_of(i)),
        LoadClassDeref(i) => ("LOAD_CLASSDEREF", Some(i), deref_of(i)),
        StoreDeref(i) => ("STORE_DEREF", Some(i), deref_of(i)),
        DeleteDeref(i) => ("DELETE_DEREF", Some(i), deref_of(i)),
        LoadClosure(i) => ("LOAD_CLOSURE", Some(i), deref_of(i)),
        LoadGlobal(i) => ("LOAD_GLOBAL", Some(i), name_of(i)),
        StoreGlobal(i) => ("STORE_GLOBAL", Some(i), name_of(i)),
        DeleteGlobal(i) => ("DELETE_GLOBAL", Some(i), name_of(i)),
        LoadName(i) => ("LOAD_NAME", Some(i), name_of(i)),
        StoreName(i) => ("STORE_NAME", Some(i), name_of(i)),
        DeleteName(i) => ("DELETE_NAME", Some(i), name_of(i)),
        LoadAttr(i) => ("LOAD_ATTR", Some(i), name_of(i)),
        StoreAttr(i) => ("STORE_ATTR", Some(i), name_of(i)),
        DeleteAttr(i) => ("DELETE_ATTR", Some(i), name_of(i)),
        LoadMethod(i) => ("LOAD_METHOD", Some(i), name_of(i)),
        CallMethod(n) => ("CALL_METHOD", Some(n), None),
        Call(n) => ("CALL", Some(n), None),
        CallKw(n) => ("CALL_KW", Some(n), None),
        CallMethodKw(n) => ("CALL_METHOD_KW", Some(n), None),
        CallEx(f) => ("CALL_FUNCTION_EX", Some(f), None),
        BinarySubscr => ("BINARY_SUBSCR", None, None),
        StoreSubscr => ("STORE_SUBSCR", None, None),
        DeleteSubscr => ("DELETE_SUBSCR", None, None),
        BinaryOp(b) => ("BINARY_OP", Some(0), Some(b.symbol().into())),
        InplaceOp(b) => ("BINARY_OP", Some(1), Some(format!("{}=", b.symbol()))),
        UnaryOp(u) => (
            match u {
                Unary::Neg => "UNARY_NEGATIVE",
                Unary::Pos => "UNARY_POSITIVE",
                Unary::Invert => "UNARY_INVERT",
                Unary::Not => "UNARY_NOT",
            },
            None,
            None,
        ),
        CompareOp(c) => ("COMPARE_OP", Some(0), Some(c.symbol().into())),
        Pop => ("POP_TOP", None, None),
        Copy(n) => ("COPY", Some(n), None),
        Swap(n) => ("SWAP", Some(n), None),
        Jump(t) => ("JUMP", Some(t), to(t)),
        PopJumpIfFalse(t) => ("POP_JUMP_IF_FALSE", Some(t), to(t)),
        PopJumpIfTrue(t) => ("POP_JUMP_IF_TRUE", Some(t), to(t)),
        JumpIfFalseOrPop(t) => ("JUMP_IF_FALSE_OR_POP", Some(t), to(t)),
        JumpIfTrueOrPop(t) => ("JUMP_IF_TRUE_OR_POP", Some(t), to(t)),
        GetIter => ("GET_ITER", None, None),
        ForIter(t) => ("FOR_ITER", Some(t), to(t)),
        BuildTuple(n) => ("BUILD_TUPLE", Some(n), None),
        BuildList(n) => ("BUILD_LIST", Some(n), None),
        BuildSet(n) => ("BUILD_SET", Some(n), None),
        BuildMap(n) => ("BUILD_MAP", Some(n), None),
        BuildConstKeyMap(n) => ("BUILD_CONST_KEY_MAP", Some(n), None),
        BuildString(n) => ("BUILD_STRING", Some(n), None),
        BuildSlice(n) => ("BUILD_SLICE", Some(n), None),
        ListAppend(n) => ("LIST_APPEND", Some(n), None),
        SetAdd(n) => ("SET_ADD", Some(n), None),
        MapAdd(n) => ("MAP_ADD", Some(n), None),
        ListExtend(n) => ("LIST_EXTEND", Some(n), None),
        SetUpdate(n) => ("SET_UPDATE", Some(n), None),
        DictUpdate(n) => ("DICT_UPDATE", Some(n), None),
        DictMerge(n) => ("DICT_MERGE", Some(n), None),
        ListToTuple => ("LIST_TO_TUPLE", None, None),
        UnpackSequence(n) => ("UNPACK_SEQUENCE", Some(n), None),
        UnpackEx(n) => (
            "UNPACK_EX",
            Some(n),
            Some(format!("{} before, {} after", n & 0xffff, n >> 16)),
        ),
        FormatValue(f) => {
            let conv = ["", "str", "repr", "ascii"][(f & 3) as usize];
            let spec = if f & 4 != 0 { "with format" } else { "" };
            let m = [conv, spec]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            ("FORMAT_VALUE", Some(f), (!m.is_empty()).then_some(m))
        }
        MakeFunction(f) => {
            let names = [(1, "defaults"), (2, "kwdefaults"), (8, "closure")];
            let m: Vec<&str> = names
                .iter()
                .filter(|(b, _)| f & b != 0)
                .map(|(_, n)| *n)
                .collect();
            (
                "MAKE_FUNCTION",
                Some(f),
                (!m.is_empty()).then(|| m.join(", ")),
            )
        }
        ReturnValue => ("RETURN_VALUE", None, None),
        YieldValue => ("YIELD_VALUE", None, None),
        GetYieldFromIter => ("GET_YIELD_FROM_ITER", None, None),
        YieldFrom => ("YIELD_FROM", None, None),
        GetAwaitable(k) => ("GET_AWAITABLE", Some(k), None),
        BeforeAsyncWith => ("BEFORE_ASYNC_WITH", None, None),
        AsyncWithExit => ("ASYNC_WITH_EXIT", None, None),
        GetAIter => ("GET_AITER", None, None),
        GetANext => ("GET_ANEXT", None, None),
        EndAsyncFor => ("END_ASYNC_FOR", None, None),
        ImportName(i) => ("IMPORT_NAME", Some(i), name_of(i)),
        ImportFrom(i) => ("IMPORT_FROM", Some(i), name_of(i)),
        ImportStar => ("IMPORT_STAR", None, None),
        SetupExcept(t) => ("SETUP_EXCEPT", Some(t), to(t)),
        PopBlock => ("POP_BLOCK", None, None),
        PopExcept => ("POP_EXCEPT", None, None),
        Raise(n) => ("RAISE_VARARGS", Some(n), None),
        Reraise(_) => ("RERAISE", None, None),
        CheckExcMatch => ("CHECK_EXC_MATCH", None, None),
        CheckEgMatch => ("CHECK_EG_MATCH", None, None),
        PrepReraiseStar => ("PREP_RERAISE_STAR", None, None),
        BeforeWith => ("BEFORE_WITH", None, None),
        WithExceptStart => ("WITH_EXCEPT_START", None, None),
        LoadBuildClass => ("LOAD_BUILD_CLASS", None, None),
        LoadAssertionError => ("LOAD_ASSERTION_ERROR", None, None),
        PrintExpr => ("PRINT_EXPR", None, None),
        GetLen => ("GET_LEN", None, None),
        MatchSequence => ("MATCH_SEQUENCE", None, None),
        MatchMapping => ("MATCH_MAPPING", None, None),
        MatchKeys => ("MATCH_KEYS", None, None),
        MatchClass(n) => ("MATCH_CLASS", Some(n), None),
        LoadLocals => ("LOAD_LOCALS", None, None),
        SetupAnnotations => ("SETUP_ANNOTATIONS", None, None),
    }
}
