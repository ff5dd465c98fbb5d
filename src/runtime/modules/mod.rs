//! The builtin modules other than `builtins` itself (CPython's module table in
//! Python/import.c and Modules/): native ones, one file each, and the ones written in
//! Python (`pysrc`, sources in `py/`), made on first import.

pub mod array;
pub mod ast;
pub mod asyncio;
pub mod binascii;
pub mod bisect;
pub mod cmath;
pub mod collections;
pub mod copy;
pub mod dis;
pub mod frozen_cache;
pub mod functools;
pub mod gc;
pub mod greenthread;
pub mod hashlib;
pub mod heapq;
pub mod importlib;
pub mod io;
pub mod itertools;
pub mod json;
pub mod marshal;
pub mod math;
pub mod mempy;
pub mod operator;
pub mod os;
pub mod posixshmem;
pub mod pysrc;
pub mod random;
pub mod re;
pub mod signal;
pub mod subprocess;
pub mod sys;
pub mod testcapi;
pub mod testinternalcapi;
pub mod time;
pub mod traceback;
pub mod tracemalloc;
pub mod unicodedata;
pub mod weakref;
pub mod zlib;

use crate::runtime::builtins::set_in;
use crate::runtime::object::{ModuleObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// Builds a builtin module by name, or None if there is no such module. Modules written
/// in Python (see `pysrc`) can fail while running their body.
pub fn make_module(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    if let Some((full, src)) = pysrc::library(name) {
        return Some(pysrc::make(vm, full, src));
    }
    Some(Ok(match name {
        "_io" => return Some(io::make(vm)),
        // `json.decoder`, ... (the importer asks for `_json_decoder`, ...): the
        // submodules of CPython's json package.
        // `unittest.case`, `unittest.util`, ...: the one `unittest` module's names
        // seen under the submodule names of CPython's package.
        "_unittest_case" | "_unittest_util" | "_unittest_result" | "_unittest_suite"
        | "_unittest_loader" | "_unittest_runner" | "_unittest_signals" => {
            let full = format!("unittest.{}", &name["_unittest_".len()..]);
            return Some(pysrc::make(vm, &full, pysrc::UNITTEST_PARTS));
        }
        "_os" => os::make(vm),
        "_collections" => collections::make(vm),
        "_operator" => operator::make(vm),
        "unicodedata" => unicodedata::make(vm),
        "array" => array::make(vm),
        "_subprocess" => subprocess::make(vm),
        "_mempy_ast" => ast::make(vm),
        "_mempy_dis" => dis::make(vm),
        "_mempy_functools" => functools::make(vm),
        "_mempy_copy" => copy::make(vm),
        "_sre" => re::make(vm),
        "_traceback" => traceback::make(vm),
        "sys" => return Some(sys::make(vm)),
        "gc" => gc::make(vm),
        "_signal" => signal::make(vm),
        "_greenthread" => greenthread::make(vm),
        "math" => math::make(vm),
        "marshal" => marshal::make(vm),
        "cmath" => cmath::make(vm),
        "_heapq" => heapq::make(vm),
        "_bisect" => bisect::make(vm),
        "_posixshmem" => posixshmem::make(vm),
        "_testcapi" => testcapi::make(vm),
        "_testinternalcapi" => testinternalcapi::make(vm),
        "importlib" => importlib::make(vm),
        "itertools" => itertools::make(vm),
        "mempy" => mempy::make(vm),
        "tracemalloc" => return Some(tracemalloc::make(vm)),
        "weakref" => return Some(weakref::make(vm)),
        "time" => return Some(time::make(vm)),
        "random" => return Some(random::make(vm)),
        "_mempy_hashlib" => hashlib::make(vm),
        "_hashlib" | "_md5" | "_sha1" | "_sha256" | "_sha512" | "_sha3" | "_blake2" => {
            return Some(pysrc::make(vm, name, pysrc::HASHLIB_PARTS))
        }
        "_mempy_zlib" => zlib::make(vm),
        "_mempy_binascii" => binascii::make(vm),
        "_mempy_json" => json::make(vm),
        "builtins" => {
            // The module's namespace IS the builtins dict, so `builtins.abs = f`
            // changes what every global lookup falls back to, as in CPython.
            let d = vm.builtins;
            vm.heap.incref_obj(d);
            let n = vm.new_str("builtins");
            set_in(vm, d, "__name__", n);
            vm.heap.new_value(Obj::Module(Box::new(ModuleObj {
                name: "builtins".to_string(),
                dict: d,
                class: None,
            })))
        }
        // `asyncio.<sub>` (the importer asks for `_asyncio_<sub>`): a module of
        // the names mempy's one-module asyncio has from CPython's submodule.
        sub if sub.starts_with("_asyncio_") => {
            let short = &sub["_asyncio_".len()..];
            let src = format!(
                "import asyncio as _a\nglobals().update(_a._submodule({short:?}))\ndel _a\n"
            );
            return Some(pysrc::make_generated(vm, &format!("asyncio.{short}"), &src));
        }
        _ => return None,
    }))
}
