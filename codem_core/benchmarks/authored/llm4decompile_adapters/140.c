/* LLM4Decompile's signature for task 140 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(const char *text, char *out) {
    char *r = fix_spaces(text);
    strcpy(out, r);
    free(r);
}
