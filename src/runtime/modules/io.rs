//! `_io`, the native half of `io` (CPython's Modules/_io/_iomodule.c): `open` and the
//! file classes (`TextIOWrapper`, `BufferedReader`, `BufferedWriter`,
//! `BufferedRandom`, `FileIO`, which live in `runtime/types/file`). `io` (written in
//! Python, `py/io.py`) imports them from here and, once its own classes exist, adds
//! `StringIO`, `BytesIO`, the `_IOBase` family and the rest to this module, so that
//! `_io` has CPython's names whichever of the two is imported first.

use crate::runtime::builtins::{native, new_module, set_in};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let classes = crate::runtime::types::file::methods::classes(vm)?;
    // Making the classes imports io, whose body imports this module: that import
    // made (and registered) the module already.
    if let Some(m) = vm.loaded_module("_io") {
        return Ok(m);
    }
    let (m, d) = new_module(vm, "_io");
    for (name, cls) in [
        "TextIOWrapper",
        "BufferedReader",
        "BufferedWriter",
        "BufferedRandom",
        "FileIO",
    ]
    .into_iter()
    .zip(classes)
    {
        vm.heap.incref_obj(cls);
        set_in(vm, d, name, Value::Obj(cls));
    }
    // The builtin itself (`io.open is open`), unless the program replaced it.
    let key = vm.intern("open");
    let f = match vm.dict_get_str(vm.builtins, key) {
        Some(f) => {
            vm.incref(f);
            f
        }
        None => native(vm, "open", crate::runtime::types::file::methods::open),
    };
    set_in(vm, d, "open", f);
    Ok(m)
}
