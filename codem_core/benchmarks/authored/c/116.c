//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
//@@ signature
void sort_array(int *arr, int size) {
//@@ solution
    int count_ones, x, y, temp;
    for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
            count_ones = 0;
            x = abs(arr[i]);
            y = abs(arr[j]);
            while (x > 0) {
                count_ones += x & 1;
                x >>= 1;
            }
            x = count_ones;
            count_ones = 0;
            while (y > 0) {
                count_ones += y & 1;
                y >>= 1;
            }
            y = count_ones;
            if (y < x || (y == x && arr[j] < arr[i])) {
                temp = arr[i];
                arr[i] = arr[j];
                arr[j] = temp;
            }
        }
    }
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {1, 5, 2, 3, 4};
        sort_array(a0, 5);
        assert(a0[0] == 1);
        assert(a0[1] == 2);
        assert(a0[2] == 4);
        assert(a0[3] == 3);
        assert(a0[4] == 5);
    }
    {
        int a0[] = {-2, -3, -4, -5, -6};
        sort_array(a0, 5);
        assert(a0[0] == -4);
        assert(a0[1] == -2);
        assert(a0[2] == -6);
        assert(a0[3] == -5);
        assert(a0[4] == -3);
    }
    {
        int a0[] = {1, 0, 2, 3, 4};
        sort_array(a0, 5);
        assert(a0[0] == 0);
        assert(a0[1] == 1);
        assert(a0[2] == 2);
        assert(a0[3] == 4);
        assert(a0[4] == 3);
    }
    {
        int a0[] = {0};
        sort_array(a0, 0);
    }
    {
        int a0[] = {2, 5, 77, 4, 5, 3, 5, 7, 2, 3, 4};
        sort_array(a0, 11);
        assert(a0[0] == 2);
        assert(a0[1] == 2);
        assert(a0[2] == 4);
        assert(a0[3] == 4);
        assert(a0[4] == 3);
        assert(a0[5] == 3);
        assert(a0[6] == 5);
        assert(a0[7] == 5);
        assert(a0[8] == 5);
        assert(a0[9] == 7);
        assert(a0[10] == 77);
    }
    {
        int a0[] = {3, 6, 44, 12, 32, 5};
        sort_array(a0, 6);
        assert(a0[0] == 32);
        assert(a0[1] == 3);
        assert(a0[2] == 5);
        assert(a0[3] == 6);
        assert(a0[4] == 12);
        assert(a0[5] == 44);
    }
    {
        int a0[] = {2, 4, 8, 16, 32};
        sort_array(a0, 5);
        assert(a0[0] == 2);
        assert(a0[1] == 4);
        assert(a0[2] == 8);
        assert(a0[3] == 16);
        assert(a0[4] == 32);
    }
    {
        int a0[] = {2, 4, 8, 16, 32};
        sort_array(a0, 5);
        assert(a0[0] == 2);
        assert(a0[1] == 4);
        assert(a0[2] == 8);
        assert(a0[3] == 16);
        assert(a0[4] == 32);
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
        int a0[] = {1, 5, 2, 3, 4};
        sort_array(a0, 5);
        assert(a0[0] == 1);
        assert(a0[1] == 2);
        assert(a0[2] == 4);
        assert(a0[3] == 3);
        assert(a0[4] == 5);
    }
    {
        int a0[] = {-2, -3, -4, -5, -6};
        sort_array(a0, 5);
        assert(a0[0] == -4);
        assert(a0[1] == -2);
        assert(a0[2] == -6);
        assert(a0[3] == -5);
        assert(a0[4] == -3);
    }
    {
        int a0[] = {1, 0, 2, 3, 4};
        sort_array(a0, 5);
        assert(a0[0] == 0);
        assert(a0[1] == 1);
        assert(a0[2] == 2);
        assert(a0[3] == 4);
        assert(a0[4] == 3);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sort_array.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: ones are counted in |x| (HumanEval's bin() of a negative number); the solution looped forever-free but sorted negatives wrongly.
