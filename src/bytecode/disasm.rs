pub fn disassemble(_c: &crate::bytecode::CodeObject) -> String {
    String::new()
}
