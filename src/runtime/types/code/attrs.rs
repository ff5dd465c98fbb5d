//! The derived attributes of code objects: `co_code`, `co_consts`, `co_names`,
//! `co_cellvars`, `co_freevars`, `co_nlocals`, `co_stacksize`, `co_lnotab`,
//! `co_linetable`, and the
//! methods `co_lines()` and `co_positions()` (CPython's `code_getsetlist` and
//! `code_methods`).
//!
//! Offsets are in CPython's two-byte code units with one unit per mempy instruction
//! (see `bytecode::disasm::code_units`): `co_lines()` covers `co_code` from 0 to its
//! length without gaps, and `co_positions()` has one entry per unit, which is what
//! the `traceback` module reads at `tb_lasti // 2`.
//!
//! Also `Vm::code_object`: the one code object that stands for a compiled code while
//! any is alive (`f.__code__`, `frame.f_code`, `gen.gi_code` are the same object).

use crate::bytecode::CodeObject;
use crate::runtime::builtins::{add_methods, check_args};
use crate::runtime::object::Obj;
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.code;
    add_methods(
        vm,
        t,
        &[
            ("co_lines", co_lines),
            ("co_positions", co_positions),
            ("replace", replace),
        ],
    );
}

/// The fields `code.replace()` takes (CPython's `code_replace` keywords).
const REPLACE_FIELDS: [&str; 18] = [
    "co_argcount",
    "co_posonlyargcount",
    "co_kwonlyargcount",
    "co_nlocals",
    "co_stacksize",
    "co_flags",
    "co_firstlineno",
    "co_code",
    "co_consts",
    "co_names",
    "co_varnames",
    "co_freevars",
    "co_cellvars",
    "co_filename",
    "co_name",
    "co_qualname",
    "co_linetable",
    "co_exceptiontable",
];

/// `code.replace(**changes)`: a new code object with the given fields changed.
/// mempy's code is its own bytecode, so only the names, the file name and the first
/// line can change; another field is accepted when given its current value.
fn replace(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let code = code_arg(vm, "replace", &args[..1.min(args.len())])?;
    let mut new = copy_code(&code);
    for &(k, v) in kw {
        let key = vm.heap.str(k).to_string();
        if !REPLACE_FIELDS.contains(&key.as_str()) {
            return Err(vm.type_error(format!(
                "'{key}' is an invalid keyword argument for replace()"
            )));
        }
        let text = |vm: &mut Vm| -> PyResult<String> {
            match vm.as_str(v) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!("replace() argument '{key}' must be str, not {tn}")))
                }
            }
        };
        match key.as_str() {
            "co_name" => new.name = text(vm)?,
            "co_qualname" => new.qualname = text(vm)?,
            "co_filename" => new.filename = text(vm)?.into(),
            "co_firstlineno" => {
                let Some(n) = vm.as_i64(v).and_then(|n| u32::try_from(n).ok()) else {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!(
                        "replace() argument 'co_firstlineno' must be int, not {tn}"
                    )));
                };
                // Lines are kept relative to the first one, as CPython's line table.
                let delta = i64::from(n) - i64::from(new.first_line);
                for l in new.lines.iter_mut().filter(|l| **l != 0) {
                    *l = (i64::from(*l) + delta).max(1) as u32;
                }
                new.first_line = n;
            }
            _ => {
                let cur = match args.first().copied() {
                    Some(c) => vm.get_attr(c, key.as_str())?,
                    None => Value::None,
                };
                let same = vm.eq(cur, v);
                vm.decref(cur);
                if !same? {
                    return Err(vm.value_error(format!(
                        "mempy's code.replace() cannot change {key}: its code is mempy's own bytecode"
                    )));
                }
            }
        }
    }
    Ok(vm.heap.new_value(Obj::Code(Rc::new(new))))
}

/// A copy of a code object, with no heap values made yet for its constants.
fn copy_code(c: &CodeObject) -> CodeObject {
    CodeObject {
        name: c.name.clone(),
        qualname: c.qualname.clone(),
        filename: c.filename.clone(),
        code: c.code.clone(),
        lines: c.lines.clone(),
        spans: c.spans.clone(),
        consts: c.consts.clone(),
        parser_made: c.parser_made.clone(),
        names: c.names.clone(),
        varnames: c.varnames.clone(),
        cellvars: c.cellvars.clone(),
        freevars: c.freevars.clone(),
        cell2arg: c.cell2arg.clone(),
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags: c.flags,
        max_stack: c.max_stack,
        simple_argc: c.simple_argc,
        first_line: c.first_line,
        no_line: c.no_line.clone(),
        event_lines: Default::default(),
        docstring: c.docstring.clone(),
        runtime: Default::default(),
    }
}

fn code_arg(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Rc<CodeObject>> {
    check_args(vm, name, args, 1, 1)?;
    match args[0] {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Code(c) => Ok(c.clone()),
            _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'code' object"))),
        },
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'code' object"))),
    }
}

/// Runs of instructions on one line: (start unit offset, end offset, line).
fn line_ranges(code: &CodeObject) -> Vec<(usize, usize, u32)> {
    let mut out: Vec<(usize, usize, u32)> = Vec::new();
    for (i, &line) in code.lines.iter().enumerate() {
        match out.last_mut() {
            Some(last) if last.2 == line => last.1 = 2 * i + 2,
            _ => out.push((2 * i, 2 * i + 2, line)),
        }
    }
    out
}

/// `code.co_lines()`: an iterator of (start, end, line) over the code units.
fn co_lines(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let code = code_arg(vm, "co_lines", args)?;
    let mut items = Vec::new();
    for (s, e, line) in line_ranges(&code) {
        let t = vec![vm.int(s as i64), vm.int(e as i64), vm.int(line as i64)];
        items.push(vm.new_tuple(t));
    }
    let l = vm.new_list(items);
    let it = vm.get_iter(l);
    vm.decref(l);
    it
}

/// `code.co_positions()`: (line, end_line, col, end_col) of each code unit, the
/// columns in UTF-8 bytes from the start of the line as CPython counts them; None
/// where the source is not at hand or the span starts on another line, and
/// everywhere under `-X no_debug_ranges`.
fn co_positions(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let code = code_arg(vm, "co_positions", args)?;
    let rows = position_rows(vm, &code);
    let mut items = Vec::new();
    for (l, el, c, ec) in rows {
        let col = |vm: &mut Vm, c: Option<u32>| c.map_or(Value::None, |c| vm.int(c as i64));
        let t = vec![vm.int(l as i64), vm.int(el as i64), col(vm, c), col(vm, ec)];
        items.push(vm.new_tuple(t));
    }
    let l = vm.new_list(items);
    let it = vm.get_iter(l);
    vm.decref(l);
    it
}

impl Vm {
    /// The `co_*` attributes computed from the instruction list, constants and
    /// names (owned), None for other names.
    pub fn code_attr(&mut self, code: &Rc<CodeObject>, n: &str) -> Option<Value> {
        Some(match n {
            "co_code" => {
                let b = crate::bytecode::disasm::code_units(code);
                self.heap.new_value(Obj::Bytes(b.into_boxed_slice()))
            }
            "co_linetable" => {
                let rows = position_rows(self, code);
                let b = linetable(&rows, code.first_line);
                self.heap.new_value(Obj::Bytes(b.into_boxed_slice()))
            }
            "co_lnotab" => {
                let b = lnotab(code);
                self.heap.new_value(Obj::Bytes(b.into_boxed_slice()))
            }
            "co_consts" => {
                let rt = self.runtime_of(code);
                let mut items: Vec<Value> = rt.consts.to_vec();
                // CPython's compiler makes a function's first constant its docstring,
                // or None when it has none (a lambda's too); a None the body uses is
                // that same entry, constants being shared.
                let is_function = !code.flags.uses_namespace
                    && (!code.name.starts_with('<') || code.name == "<lambda>");
                if is_function && code.docstring.is_none() {
                    if let Some(i) = items.iter().position(|v| matches!(v, Value::None)) {
                        items.remove(i);
                    }
                    items.insert(0, Value::None);
                }
                for &v in &items {
                    self.incref(v);
                }
                self.new_tuple(items)
            }
            "co_names" => self.str_tuple(&code.names),
            "co_cellvars" => self.str_tuple(&code.cellvars),
            "co_freevars" => self.str_tuple(&code.freevars),
            "co_nlocals" => self.int(code.varnames.len() as i64),
            "co_stacksize" => self.int(code.max_stack as i64),
            _ => return None,
        })
    }

    fn str_tuple(&mut self, names: &[Rc<str>]) -> Value {
        let items = names.iter().map(|n| self.new_str(n.to_string())).collect();
        self.new_tuple(items)
    }
}

/// `co_lnotab` (CPython's pre-3.10 line table, still provided): pairs of (unit offset
/// increment, line increment) from `co_firstlineno`, split into steps that fit a byte
/// (the line step signed).
/// One code unit's source position: (line, end line, column, end column).
type Position = (u32, u32, Option<u32>, Option<u32>);

/// The position of each code unit of `code`, as `co_positions()` reports them.
fn position_rows(vm: &Vm, code: &CodeObject) -> Vec<Position> {
    // Under `-X no_debug_ranges` no code has columns (CPython drops them at
    // compile time).
    let src = vm
        .sources
        .get(&*code.filename)
        .filter(|_| !vm.no_debug_ranges());
    let mut rows = Vec::with_capacity(code.lines.len());
    let mut spans = code.spans.iter();
    for &line in code.lines.iter() {
        let span = spans.next().unwrap_or((u32::MAX, u32::MAX));
        let row = match src {
            Some(src) if span.0 != u32::MAX && src.line_of(span.0) == line => {
                let end_line = src.line_of(span.1);
                (
                    line,
                    end_line,
                    Some(span.0 - src.line_start(line)),
                    Some(span.1 - src.line_start(end_line)),
                )
            }
            _ => (line, line, None, None),
        };
        rows.push(row);
    }
    rows
}

/// `co_linetable`: the positions `co_positions()` reports, in CPython 3.11's
/// location table format (its Objects/locations.md), so tools that decode the
/// table read the same positions. Each entry covers 1 to 8 code units that share a
/// position: a header byte `0x80 | kind << 3 | (units - 1)`, then its fields as
/// varints of 6-bit groups, low group first, 0x40 marking that more follow. mempy
/// writes two of the format's kinds: 14 (line delta from the previous entry's
/// line, signed; end line delta; column + 1; end column + 1, 0 for none) for a
/// position with columns, and 13 (the line delta alone) for one without. The
/// first entry's line is relative to `co_firstlineno`.
fn linetable(rows: &[Position], first_line: u32) -> Vec<u8> {
    fn varint(out: &mut Vec<u8>, mut v: u64) {
        while v >= 64 {
            out.push((v & 63) as u8 | 64);
            v >>= 6;
        }
        out.push(v as u8);
    }
    fn svarint(out: &mut Vec<u8>, v: i64) {
        let folded = if v < 0 {
            (v.unsigned_abs() << 1) | 1
        } else {
            (v as u64) << 1
        };
        varint(out, folded);
    }
    let mut out = Vec::new();
    let mut prev_line = i64::from(first_line);
    let mut i = 0;
    while i < rows.len() {
        let row = rows[i];
        let mut units = 1;
        while units < 8 && i + units < rows.len() && rows[i + units] == row {
            units += 1;
        }
        let (line, end_line, col, end_col) = row;
        let delta = i64::from(line) - prev_line;
        let has_columns = col.is_some() || end_col.is_some() || end_line != line;
        let kind: u8 = if has_columns { 14 } else { 13 };
        out.push(0x80 | kind << 3 | (units as u8 - 1));
        svarint(&mut out, delta);
        if has_columns {
            varint(&mut out, u64::from(end_line.saturating_sub(line)));
            varint(&mut out, col.map_or(0, |c| u64::from(c) + 1));
            varint(&mut out, end_col.map_or(0, |c| u64::from(c) + 1));
        }
        prev_line = i64::from(line);
        i += units;
    }
    out
}

fn lnotab(code: &CodeObject) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut addr, mut line) = (0usize, code.first_line as i64);
    for (start, _, l) in line_ranges(code) {
        let (mut da, mut dl) = (start - addr, l as i64 - line);
        if dl == 0 {
            continue;
        }
        while da > 255 {
            out.extend([255, 0]);
            da -= 255;
        }
        while dl > 127 {
            out.extend([da as u8, 127]);
            da = 0;
            dl -= 127;
        }
        while dl < -128 {
            out.extend([da as u8, (-128i8) as u8]);
            da = 0;
            dl += 128;
        }
        out.extend([da as u8, dl as i8 as u8]);
        addr = start;
        line = l as i64;
    }
    out
}

impl Vm {
    /// The code object wrapping `code` (owned): the one already alive if there is one,
    /// so that a frame's `f_code`, a generator's `gi_code` and the function's
    /// `__code__` are one object, as in CPython, where a code object is made once by
    /// the compiler and shared. The table does not own its entries: an entry is used
    /// only while its slot still holds a code object of the same `CodeObject`.
    pub fn code_object(&mut self, code: &Rc<CodeObject>) -> Value {
        let key = Rc::as_ptr(code) as usize;
        if let Some(&r) = self.code_objects.get(&key) {
            if matches!(self.heap.get(r), Obj::Code(c) if Rc::ptr_eq(c, code)) {
                self.heap.incref_obj(r);
                return Value::Obj(r);
            }
        }
        let v = self.heap.new_value(Obj::Code(code.clone()));
        if let Value::Obj(r) = v {
            if self.code_objects.len() >= 4096 {
                // Forget the dead entries (compile() in a loop makes a code each time).
                let heap = &self.heap;
                self.code_objects.retain(
                    |&k, &mut r| matches!(heap.get(r), Obj::Code(c) if Rc::as_ptr(c) as usize == k),
                );
            }
            self.code_objects.insert(key, r);
        }
        v
    }
}
