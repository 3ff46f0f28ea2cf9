/* LLM4Decompile's signature for task 38 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(char *s, int encode) {
    char *r = encode ? encode_cyclic(s) : decode_cyclic(s);
    strcpy(s, r);
    free(r);
}
