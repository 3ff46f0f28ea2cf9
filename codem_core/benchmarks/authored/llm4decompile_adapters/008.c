/* LLM4Decompile's signature for task 8 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(int *numbers, int size, int *result) {
    int n;
    int *r = sum_product(numbers, size, &n);
    memcpy(result, r, n * sizeof *r);
    free(r);
}
