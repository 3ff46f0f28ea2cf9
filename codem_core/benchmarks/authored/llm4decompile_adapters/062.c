/* LLM4Decompile's signature for task 62 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(const float *xs, int xs_size, float *out) {
    int n;
    float *r = derivative(xs, xs_size, &n);
    memcpy(out, r, n * sizeof *r);
    free(r);
}
