/* LLM4Decompile's signature for task 33 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(int *l, int size, int *out) {
    int n;
    int *r = sort_third(l, size, &n);
    memcpy(out, r, n * sizeof *r);
    free(r);
}
