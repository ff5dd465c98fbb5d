//! `type.__flags__`: CPython 3.11's `tp_flags` word (Include/object.h's
//! `Py_TPFLAGS_*`). For the builtin types mempy models, it is CPython's value as a
//! fresh 3.11.7 process reads it (a table, like the per-type sizes); for a class
//! statement it is computed as `type_new` and `inherit_special` do: heap type,
//! subclassable, ready, collected when its instances carry a GC header, a managed
//! dict, the abstract flag while `__abstractmethods__` is non-empty, and the
//! fast-subclass, pattern-matching and collection bits inherited from the base.
//! `test.support.check_sizeof` reads `Py_TPFLAGS_HAVE_GC` and
//! `Py_TPFLAGS_HEAPTYPE` from it to know whether a size includes the GC header.

use crate::runtime::heap::Heap;
use crate::runtime::object::Obj;
use crate::runtime::types::class::BuiltinType;
use crate::value::ObjRef;

const MANAGED_DICT: u64 = 1 << 4;
const SEQUENCE: u64 = 1 << 5;
const MAPPING: u64 = 1 << 6;
const IMMUTABLETYPE: u64 = 1 << 8;
const HEAPTYPE: u64 = 1 << 9;
const BASETYPE: u64 = 1 << 10;
const READY: u64 = 1 << 12;
const HAVE_GC: u64 = 1 << 14;
const IS_ABSTRACT: u64 = 1 << 20;
const MATCH_SELF: u64 = 1 << 22;
/// `Py_TPFLAGS_LONG_SUBCLASS` .. `Py_TPFLAGS_TYPE_SUBCLASS`.
const SUBCLASS_BITS: u64 = 0xff00_0000;
const BASE_EXC_SUBCLASS: u64 = 1 << 30;

/// What a class statement's class takes from its base (`inherit_special`'s
/// fast-subclass bits, `_Py_TPFLAGS_MATCH_SELF` and the collection flags).
const INHERITED: u64 = SUBCLASS_BITS | MATCH_SELF | SEQUENCE | MAPPING;

/// `cls.__flags__`.
pub fn type_flags(heap: &Heap, cls: ObjRef) -> u64 {
    let Obj::Class(c) = heap.get(cls) else {
        return 0;
    };
    if !c.is_heap {
        if c.kind == BuiltinType::Exception {
            // Every builtin exception is a collected, subclassable static type.
            return BASE_EXC_SUBCLASS | HAVE_GC | READY | BASETYPE | IMMUTABLETYPE;
        }
        let short = c.name.rsplit('.').next().unwrap_or("");
        return builtin_flags(short).unwrap_or(READY | IMMUTABLETYPE);
    }
    let mut f = HEAPTYPE | BASETYPE | READY;
    if c.layout.gc {
        f |= HAVE_GC;
    }
    if c.layout.managed_dict {
        f |= MANAGED_DICT;
    }
    if c.base.0 != 0 && c.base != cls {
        f |= type_flags(heap, c.base) & INHERITED;
    }
    // An ABC's `__abc_tpflags__` (`_abc_init` copies its collection bits).
    if let Obj::Dict(d) = heap.get(c.dict) {
        let declared = d.iter().find_map(|e| match (e.key, e.value) {
            (crate::value::Value::Obj(k), crate::value::Value::Int(n))
                if matches!(heap.get(k), Obj::Str(s) if s.as_str() == "__abc_tpflags__") =>
            {
                Some(heap.int_of(n) as u64)
            }
            _ => None,
        });
        if let Some(bits) = declared {
            f |= bits & (SEQUENCE | MAPPING);
        }
    }
    if c.metaclass.is_some() || c.kind == BuiltinType::Type {
        f |= type_flags(heap, c.base) & SUBCLASS_BITS;
    }
    f
}

/// `Py_TPFLAGS_IS_ABSTRACT`, which CPython sets while the class's
/// `__abstractmethods__` is non-empty (the caller knows).
pub fn with_abstract(flags: u64, abstract_: bool) -> u64 {
    if abstract_ {
        flags | IS_ABSTRACT
    } else {
        flags
    }
}

/// CPython 3.11.7's `tp_flags` of its static types, by `__name__`.
fn builtin_flags(name: &str) -> Option<u64> {
    Some(match name {
        "CallableProxyType" => 0x5180,
        "GenericAlias" => 0x85d00,
        "NoneType" => 0x81100,
        "NotImplementedType" => 0x81100,
        "OrderedDict" => 0x20405540,
        "ProxyType" => 0x5180,
        "ReferenceType" => 0x85d00,
        "SimpleNamespace" => 0x85500,
        "UnionType" => 0x5180,
        "_deque_iterator" => 0x5100,
        "_deque_reverse_iterator" => 0x5100,
        "_grouper" => 0x5100,
        "_tee" => 0x5100,
        "_tee_dataobject" => 0x5100,
        "_tuplegetter" => 0x85100,
        "accumulate" => 0x5500,
        "array" => 0x5720,
        "arrayiterator" => 0x5380,
        "async_generator" => 0x5180,
        "bool" => 0x1481100,
        "builtin_function_or_method" => 0x85980,
        "bytearray" => 0x481500,
        "bytearray_iterator" => 0x5180,
        "bytes" => 0x8481500,
        "bytes_iterator" => 0x5180,
        "callable_iterator" => 0x5180,
        "iterator" => 0x5180,
        "cell" => 0x5100,
        "chain" => 0x5500,
        "classmethod" => 0x85500,
        "classmethod_descriptor" => 0x5180,
        "code" => 0x1100,
        "combinations" => 0x5500,
        "combinations_with_replacement" => 0x5500,
        "complex" => 0x1500,
        "compress" => 0x5500,
        "coroutine" => 0x85180,
        "count" => 0x85500,
        "cycle" => 0x5500,
        "defaultdict" => 0x20405540,
        "deque" => 0x5520,
        "dict" => 0x20485540,
        "dict_itemiterator" => 0x85180,
        "dict_items" => 0x85180,
        "dict_keyiterator" => 0x85180,
        "dict_keys" => 0x5180,
        "dict_reverseitemiterator" => 0x5180,
        "dict_reversekeyiterator" => 0x5180,
        "dict_reversevalueiterator" => 0x5180,
        "dict_valueiterator" => 0x5180,
        "dict_values" => 0x85180,
        "dropwhile" => 0x5500,
        "ellipsis" => 0x81100,
        "enumerate" => 0x5500,
        "filter" => 0x5500,
        "filterfalse" => 0x5500,
        "flags" => 0x44851a0,
        "float" => 0x401500,
        "float_info" => 0x4405120,
        "frame" => 0x85180,
        "frozenset" => 0x485500,
        "function" => 0xa5900,
        "generator" => 0x85180,
        "getset_descriptor" => 0x85180,
        "groupby" => 0x5500,
        "hash_info" => 0x4405120,
        "int" => 0x1481500,
        "int_info" => 0x4405120,
        "islice" => 0x5500,
        "list" => 0x2485520,
        "list_iterator" => 0x5180,
        "list_reverseiterator" => 0x5180,
        "longrange_iterator" => 0x1180,
        "map" => 0x85500,
        "mappingproxy" => 0x85140,
        "member_descriptor" => 0x85180,
        "memoryview" => 0x85120,
        "method" => 0x5900,
        "method-wrapper" => 0x5180,
        "method_descriptor" => 0x25980,
        "module" => 0x85500,
        "object" => 0x81500,
        "odict_iterator" => 0x5180,
        "odict_items" => 0x5100,
        "odict_keys" => 0x5100,
        "odict_values" => 0x5100,
        "pairwise" => 0x5500,
        "permutations" => 0x5500,
        "product" => 0x5500,
        "property" => 0x85500,
        "range" => 0x81120,
        "range_iterator" => 0x1180,
        "repeat" => 0x5500,
        "reversed" => 0x5500,
        "set" => 0x485500,
        "set_iterator" => 0x5180,
        "slice" => 0x5100,
        "starmap" => 0x5500,
        "staticmethod" => 0x85500,
        "str" => 0x10481500,
        "str_ascii_iterator" => 0x5180,
        "str_iterator" => 0x5180,
        "super" => 0x5500,
        "takewhile" => 0x5500,
        "thread_info" => 0x4405120,
        "traceback" => 0x85100,
        "tuple" => 0x4485520,
        "tuple_iterator" => 0x5180,
        "type" => 0x80085d00,
        "version_info" => 0x44051a0,
        "wrapper_descriptor" => 0xa5180,
        "zip" => 0x5500,
        "zip_longest" => 0x5500,
        _ => return None,
    })
}
