/* LLM4Decompile's signature for task 27 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(const char *str, char *out) {
    char *r = filp_case(str);
    strcpy(out, r);
    free(r);
}
