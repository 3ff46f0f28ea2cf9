/* LLM4Decompile's signature for task 116 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(int *arr, int size) {
    int n;
    int *r = sort_array(arr, size, &n);
    memcpy(arr, r, n * sizeof *r);
    free(r);
}
