/* LLM4Decompile's signature for task 37 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(float *l, int size, float *out) {
    int n;
    float *r = sort_even(l, size, &n);
    memcpy(out, r, n * sizeof *r);
    free(r);
}
