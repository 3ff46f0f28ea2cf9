/* LLM4Decompile's signature for task 93 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(const char *message, char *out) {
    char *r = encode(message);
    strcpy(out, r);
    free(r);
}
