//! `%stack` / `mempy.stack()`: the frames living on the fixed value stack, with
//! their locals and how many slots each one uses.

use super::short_repr;
use crate::runtime::vm::Vm;

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

pub fn stack_info(vm: &Vm) -> StackInfo {
    let n = vm.frames.len();
    let mut frames = Vec::new();
    for (k, f) in vm.frames.iter().enumerate() {
        let end = if k + 1 < n {
            vm.frames[k + 1].ret_slot
        } else {
            vm.sp
        };
        // The running frame's ip was saved when it called out; point at that call.
        let ip = f.ip.saturating_sub(1);
        let line = f.code.lines.get(ip).copied().unwrap_or(f.code.first_line);
        let mut locals = Vec::new();
        {
            for (i, name) in f.code.varnames.iter().enumerate() {
                let v = vm.stack[f.base + i];
                if !v.is_undef() {
                    locals.push((name.to_string(), short_repr(vm, v, 40)));
                }
            }
            let ncell = f.code.cellvars.len() + f.code.freevars.len();
            let names = f.code.cellvars.iter().chain(f.code.freevars.iter());
            for (i, name) in names.enumerate().take(ncell) {
                let slot = f.base + f.code.varnames.len() + i;
                if let crate::value::Value::Obj(c) = vm.stack[slot] {
                    if let crate::runtime::object::Obj::Cell(v) = vm.heap.get(c) {
                        if !v.is_undef() {
                            locals.push((format!("{} (cell)", name), short_repr(vm, *v, 40)));
                        }
                    }
                }
            }
        }
        frames.push(FrameInfo {
            name: if f.code.name.starts_with('<') {
                f.code.name.clone()
            } else {
                format!("{}()", f.code.qualname)
            },
            filename: f.code.filename.to_string(),
            line,
            first_slot: f.ret_slot,
            slots: end.saturating_sub(f.ret_slot),
            locals,
        });
    }
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
