/* LLM4Decompile's signature for task 21 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(float *numbers, int size) {
    int n;
    float *r = rescale_to_unit(numbers, size, &n);
    memcpy(numbers, r, n * sizeof *r);
    free(r);
}
