/* LLM4Decompile's signature for task 50 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(char *s, int encode) {
    char *r = encode ? encode_shift(s) : decode_shift(s);
    strcpy(s, r);
    free(r);
}
