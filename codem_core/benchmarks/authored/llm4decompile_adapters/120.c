/* LLM4Decompile's signature for task 120 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(int *arr, int arr_size, int k, int *out) {
    int n;
    int *r = maximum(arr, arr_size, k, &n);
    memcpy(out, r, n * sizeof *r);
    free(r);
}
