//! `%stack` / `mempy.stack()`: the frames living on the fixed value stack, with
//! their locals and how many slots each one uses.

use super::short_repr;
use crate::runtime::object::Obj;
use crate::runtime::vm::Vm;
use crate::value::Value;

/// One frame, outermost first.
pub struct FrameInfo {
    pub name: String,
    pub filename: String,
    pub line: u32,
    /// First slot of the frame (its callable) and number of slots it uses.
    pub first_slot: usize,
    pub slots: usize,
    /// (name, short repr) of the bound locals; unbound ones are left out.
    pub locals: Vec<(String, String)>,
}

/// The whole value stack.
pub struct StackInfo {
    pub frames: Vec<FrameInfo>,
    pub used: usize,
    pub total: usize,
}

/// What `%stack` and the `--trace` recorder read off one frame: its window on the
/// value stack, the line it is at, and its bound fast locals and cells (in slot order;
/// unbound ones are left out).
pub struct FrameView {
    /// First slot of the frame (its callable's slot) and number of slots it uses.
    pub first_slot: usize,
    pub slots: usize,
    pub line: u32,
    /// (name, value, is a cell's content)
    pub locals: Vec<(String, Value, bool)>,
}

/// The view of frame `k` (0 = outermost). A frame's window ends where the next
/// frame's begins (or at `sp` for the innermost).
pub fn frame_view(vm: &Vm, k: usize) -> FrameView {
    let f = &vm.frames[k];
    let end = match vm.frames.get(k + 1) {
        Some(next) => next.ret_slot,
        None => vm.sp,
    };
    // A calling frame's ip was saved when it called out; point at that call.
    let ip = f.ip.saturating_sub(1);
    let line = f.code.lines.get(ip).copied().unwrap_or(f.code.first_line);
    let mut locals = Vec::new();
    for (i, name) in f.code.varnames.iter().enumerate() {
        if let Some(&v) = vm.stack.get(f.base + i) {
            if !v.is_undef() {
                locals.push((name.to_string(), v, false));
            }
        }
    }
    let cells = f.code.cellvars.iter().chain(f.code.freevars.iter());
    for (i, name) in cells.enumerate() {
        let slot = f.base + f.code.varnames.len() + i;
        if let Some(&Value::Obj(c)) = vm.stack.get(slot) {
            if let Obj::Cell(v) = vm.heap.get(c) {
                if !v.is_undef() {
                    locals.push((name.to_string(), *v, true));
                }
            }
        }
    }
    FrameView {
        first_slot: f.ret_slot,
        slots: end.saturating_sub(f.ret_slot),
        line,
        locals,
    }
}

pub fn stack_info(vm: &Vm) -> StackInfo {
    let frames = (0..vm.frames.len())
        .map(|k| {
            let f = &vm.frames[k];
            let view = frame_view(vm, k);
            let locals = view
                .locals
                .iter()
                .map(|(name, v, cell)| {
                    let name = if *cell {
                        format!("{name} (cell)")
                    } else {
                        name.clone()
                    };
                    (name, short_repr(vm, *v, 40))
                })
                .collect();
            FrameInfo {
                name: if f.code.name.starts_with('<') {
                    f.code.name.clone()
                } else {
                    format!("{}()", f.code.qualname)
                },
                filename: f.code.filename.to_string(),
                line: view.line,
                first_slot: view.first_slot,
                slots: view.slots,
                locals,
            }
        })
        .collect();
    StackInfo {
        frames,
        used: vm.sp,
        total: vm.stack.len(),
    }
}

/// The `%stack` text, innermost frame last (like a traceback).
pub fn render(info: &StackInfo) -> String {
    let mut out = String::new();
    if info.frames.is_empty() {
        out.push_str(
            "no Python frames are running (call mempy.stack() inside a function to see some)\n",
        );
    }
    for (k, f) in info.frames.iter().enumerate() {
        out.push_str(&format!(
            "#{} {} at {}:{}  slots {}..{} ({} used)\n",
            k,
            f.name,
            f.filename,
            f.line,
            f.first_slot,
            f.first_slot + f.slots,
            f.slots
        ));
        let w = f
            .locals
            .iter()
            .map(|(n, _)| n.chars().count())
            .max()
            .unwrap_or(0);
        for (n, v) in &f.locals {
            out.push_str(&format!("    {:<w$} = {}\n", n, v, w = w));
        }
    }
    out.push_str(&format!(
        "value stack: {} of {} slots used\n",
        info.used, info.total
    ));
    out
}
