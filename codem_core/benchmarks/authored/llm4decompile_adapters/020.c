/* LLM4Decompile's signature for task 20 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(float numbers[], int size, float out[2]) {
    int n;
    float *r = find_closest_elements(numbers, size, &n);
    memcpy(out, r, n * sizeof *r);
    free(r);
}
