/* LLM4Decompile's signature for task 105 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(int *arr, int size, char ***out, int *out_size) {
    *out = by_length(arr, size, out_size);
}
