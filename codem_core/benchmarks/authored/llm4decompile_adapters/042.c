/* LLM4Decompile's signature for task 42 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(int *l, int size) {
    int n;
    int *r = incr_list(l, size, &n);
    memcpy(l, r, n * sizeof *r);
    free(r);
}
