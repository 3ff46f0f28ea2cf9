/* LLM4Decompile's signature for task 44 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(int x, int base, char *out) {
    char *r = change_base(x, base);
    strcpy(out, r);
    free(r);
}
