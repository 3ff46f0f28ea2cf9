//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
//@@ signature
void maximum(int* arr, int arr_size, int k, int* out) {
//@@ solution
    for (int i = 0; i < arr_size - 1; i++) {
        for (int j = 0; j < arr_size - i - 1; j++) {
            if (arr[j] > arr[j + 1]) {
                int temp = arr[j];
                arr[j] = arr[j + 1];
                arr[j + 1] = temp;
            }
        }
    }

    for (int i = 0; i < k; i++) {
        out[i] = arr[arr_size - k + i];
    }
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {-3, -4, 5};
        int out[1024] = {0};
        maximum(a0, 3, 3, out);
        assert(out[0] == -4);
        assert(out[1] == -3);
        assert(out[2] == 5);
    }
    {
        int a0[] = {4, -4, 4};
        int out[1024] = {0};
        maximum(a0, 3, 2, out);
        assert(out[0] == 4);
        assert(out[1] == 4);
    }
    {
        int a0[] = {-3, 2, 1, 2, -1, -2, 1};
        int out[1024] = {0};
        maximum(a0, 7, 1, out);
        assert(out[0] == 2);
    }
    {
        int a0[] = {123, -123, 20, 0, 1, 2, -3};
        int out[1024] = {0};
        maximum(a0, 7, 3, out);
        assert(out[0] == 2);
        assert(out[1] == 20);
        assert(out[2] == 123);
    }
    {
        int a0[] = {-123, 20, 0, 1, 2, -3};
        int out[1024] = {0};
        maximum(a0, 6, 4, out);
        assert(out[0] == 0);
        assert(out[1] == 1);
        assert(out[2] == 2);
        assert(out[3] == 20);
    }
    {
        int a0[] = {5, 15, 0, 3, -13, -8, 0};
        int out[1024] = {0};
        maximum(a0, 7, 7, out);
        assert(out[0] == -13);
        assert(out[1] == -8);
        assert(out[2] == 0);
        assert(out[3] == 0);
        assert(out[4] == 3);
        assert(out[5] == 5);
        assert(out[6] == 15);
    }
    {
        int a0[] = {-1, 0, 2, 5, 3, -10};
        int out[1024] = {0};
        maximum(a0, 6, 2, out);
        assert(out[0] == 3);
        assert(out[1] == 5);
    }
    {
        int a0[] = {1, 0, 5, -7};
        int out[1024] = {0};
        maximum(a0, 4, 1, out);
        assert(out[0] == 5);
    }
    {
        int a0[] = {4, -4};
        int out[1024] = {0};
        maximum(a0, 2, 2, out);
        assert(out[0] == -4);
        assert(out[1] == 4);
    }
    {
        int a0[] = {-10, 10};
        int out[1024] = {0};
        maximum(a0, 2, 2, out);
        assert(out[0] == -10);
        assert(out[1] == 10);
    }
    {
        int a0[] = {1, 2, 3, -23, 243, -400, 0};
        int out[1024] = {0};
        maximum(a0, 7, 0, out);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {-3, -4, 5};
        int out[1024] = {0};
        maximum(a0, 3, 3, out);
        assert(out[0] == -4);
        assert(out[1] == -3);
        assert(out[2] == 5);
    }
    {
        int a0[] = {4, -4, 4};
        int out[1024] = {0};
        maximum(a0, 3, 2, out);
        assert(out[0] == 4);
        assert(out[1] == 4);
    }
    {
        int a0[] = {-3, 2, 1, 2, -1, -2, 1};
        int out[1024] = {0};
        maximum(a0, 7, 1, out);
        assert(out[0] == 2);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed maximum.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
